package dk.sandkassen.scenario.internal;

import dk.sandkassen.access.AccessEvents;
import dk.sandkassen.access.Grant;
import dk.sandkassen.login.LoginEvents;
import dk.sandkassen.post.FolderRef;
import dk.sandkassen.post.Letter;
import dk.sandkassen.post.PostEvents;
import dk.sandkassen.identity.Role;
import dk.sandkassen.safety.SafetyEvents;
import dk.sandkassen.sandbox.SandboxEvent;
import dk.sandkassen.selfservice.SelfServiceEvents;
import java.util.Arrays;
import dk.sandkassen.scenario.Check;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides whether a check holds in a sandbox. Checks about what the learner <em>did</em> read
 * the sandbox's events; checks about how things <em>are</em> (a folder, a grant, a setting)
 * read the current state. No check is ever true by default.
 */
public final class CheckEvaluator {

    /** The names the four standard folders go by, in Danish and English. */
    private static final Map<FolderRef.Kind, Set<String>> STANDARD_FOLDERS = Map.of(
            FolderRef.Kind.INBOX, Set.of("indbakke", "inbox"),
            FolderRef.Kind.DRAFTS, Set.of("kladder", "drafts"),
            FolderRef.Kind.SENT, Set.of("sendt", "sent"),
            FolderRef.Kind.DELETED, Set.of("slettet post", "slettet", "deleted"));

    private CheckEvaluator() {
    }

    /** The checks this engine can evaluate: every check of the scenario format. */
    public static final Set<String> AVAILABLE = Set.of("loggedIn", "loggedOut", "letterOpened", "attachmentOpened",
            "letterUnread", "folderExists", "folderMissing", "letterInFolder", "letterDeleted", "searched", "messageSent",
            "replySent", "accessGranted", "accessRequested", "accessOffered", "accessRevoked", "fuldmagtGiven", "fuldmagtRequestAnswered", "fuldmagtRevoked",
            "actingFor", "notification", "nemSmsSignedUp", "exemptionApplied", "suspiciousRequestRejected", "messageReported",
            "messageTrusted", "redFlagsFound", "linkNotOpened", "fakeLoginAvoided", "callHungUp", "afterMistake", "messagesJudged",
            "doctorChanged", "moveReported", "taxAssessmentChanged", "prescriptionRenewed", "allOf", "anyOf");

    public static boolean holds(Check check, SandboxView sandbox) {
        return switch (check) {
            case Check.LoggedIn c -> lastLogin(sandbox).filter(e -> e.type().equals(LoginEvents.SUCCEEDED))
                    .filter(e -> c.how().equals("any") || c.how().equals(e.detail("method")) || c.how().equals(e.detail("authenticator")))
                    .isPresent();
            case Check.LoggedOut c -> lastLogin(sandbox).filter(e -> e.type().equals(LoginEvents.LOGGED_OUT)).isPresent();
            case Check.LetterOpened c -> happened(sandbox, PostEvents.OPENED, e -> e.detail("name").equals(c.letter()));
            case Check.AttachmentOpened c -> happened(sandbox, PostEvents.ATTACHMENT_OPENED, e -> e.detail("name").equals(c.letter()));
            case Check.LetterUnread c -> sandbox.letter(c.letter()).filter(Letter::unread).isPresent();
            case Check.FolderExists c -> folderExists(sandbox, c.folder());
            case Check.FolderMissing c -> !folderExists(sandbox, c.folder());
            case Check.LetterInFolder c -> sandbox.letter(c.letter()).filter(letter -> isIn(sandbox, letter, c.folder())).isPresent();
            case Check.LetterDeleted c -> sandbox.letter(c.letter())
                    .filter(letter -> letter.folder().kind() == FolderRef.Kind.DELETED).isPresent();
            case Check.Searched c -> happened(sandbox, PostEvents.SEARCHED, e -> contains(e.detail("text"), c.text()));
            case Check.MessageSent c -> happened(sandbox, PostEvents.SENT, e -> contains(e.detail("to"), c.to())
                    && (c.withAttachment() == null || c.withAttachment() == Boolean.parseBoolean(e.detail("withAttachment"))));
            case Check.ReplySent c -> happened(sandbox, PostEvents.REPLIED, e -> e.detail("name").equals(c.letter()));
            case Check.AccessGranted c -> sandbox.grants().stream().anyMatch(g -> g.holds() && g.value().helper() == c.to()
                    && rightsMatch(c.rights(), g.value().rights()));
            case Check.AccessRequested c -> happened(sandbox, AccessEvents.REQUESTED, e -> e.detail("from").equals(c.from().id())
                    && e.detail("to").equals("self"));
            case Check.AccessOffered c -> happened(sandbox, AccessEvents.GRANTED, e -> e.detail("to").equals(c.to().id())
                    && e.detail("model").equals("folders") && "self".equals(e.actor()));
            case Check.AccessRevoked c -> happened(sandbox, AccessEvents.REVOKED, e -> e.detail("to").equals(c.to().id()))
                    && sandbox.grants().stream().noneMatch(g -> g.holds() && g.value().helper() == c.to());
            case Check.FuldmagtGiven c -> sandbox.fuldmagter().stream().anyMatch(f -> f.holds() && f.value().holder() == c.to()
                    && f.value().areas().containsAll(c.areas()));
            case Check.FuldmagtRequestAnswered c -> happened(sandbox, AccessEvents.FULDMAGT_ANSWERED,
                    e -> e.detail("from").equals(c.from().id())
                            && (c.approved() == null || e.detail("answer").equals(c.approved() ? "approved" : "rejected")));
            case Check.FuldmagtRevoked c -> happened(sandbox, AccessEvents.FULDMAGT_REVOKED, e -> e.detail("to").equals(c.to().id()))
                    && sandbox.fuldmagter().stream().noneMatch(f -> f.holds() && f.value().holder() == c.to());
            case Check.ActingFor c -> sandbox.events().stream().anyMatch(e ->
                    (e.type().equals(AccessEvents.ACTING_FOR) || e.type().equals(PostEvents.MAILBOX_OPENED))
                            && e.detail("for").equals(c.person().id()) && !c.person().id().equals(e.actor()));
            case Check.Notification c -> c.enabled() == (c.channel().equals("sms")
                    ? sandbox.settings().notifySms() : sandbox.settings().notifyEmail());
            case Check.NemSmsSignedUp c -> sandbox.settings().nemSms() || happened(sandbox, PostEvents.NEMSMS_SIGNED_UP, e -> true);
            case Check.ExemptionApplied c -> happened(sandbox, PostEvents.EXEMPTION_APPLIED, e -> true);
            case Check.SuspiciousRequestRejected c -> happened(sandbox, LoginEvents.SUSPICIOUS_REJECTED, e -> true);
            case Check.DoctorChanged c -> selfService(sandbox, SelfServiceEvents.DOCTOR_CHANGED, c.onBehalfOf(), e -> true);
            case Check.MoveReported c -> selfService(sandbox, SelfServiceEvents.MOVE_REPORTED, c.onBehalfOf(),
                    e -> Arrays.asList(e.detail("with").split(",")).containsAll(c.with().stream().map(Role::id).toList()));
            case Check.TaxAssessmentChanged c -> selfService(sandbox, SelfServiceEvents.TAX_CHANGED, c.onBehalfOf(),
                    e -> c.figure() == null || c.figure().equals(e.detail("figure")));
            case Check.PrescriptionRenewed c -> selfService(sandbox, SelfServiceEvents.PRESCRIPTION_RENEWED, c.onBehalfOf(), e -> true);
            case Check.MessageReported c -> lastVerdict(sandbox, c.message()).filter("fake"::equals).isPresent();
            case Check.MessageTrusted c -> lastVerdict(sandbox, c.message()).filter("real"::equals).isPresent();
            case Check.RedFlagsFound c -> happened(sandbox, SafetyEvents.JUDGED, e -> e.detail("name").equals(c.message())
                    && e.detail("verdict").equals("fake")
                    && number(e.detail("found")) >= (c.atLeast() == null ? number(e.detail("flags")) : c.atLeast()));
            case Check.LinkNotOpened c -> !happened(sandbox, SafetyEvents.LINK_OPENED, e -> e.detail("name").equals(c.message()));
            case Check.FakeLoginAvoided c -> happened(sandbox, SafetyEvents.FAKE_PAGE_LEFT, e -> e.detail("name").equals(c.message()))
                    && !happened(sandbox, SafetyEvents.FAKE_FORM_SENT, e -> e.detail("name").equals(c.message()));
            case Check.CallHungUp c -> happened(sandbox, SafetyEvents.CALL_ENDED, e -> true);
            case Check.AfterMistake c -> happened(sandbox, SafetyEvents.AFTER_MISTAKE, e -> e.detail("action").equals(c.action()));
            case Check.MessagesJudged c -> allJudged(sandbox, c.correct());
            case Check.AllOf c -> c.checks().stream().allMatch(inner -> holds(inner, sandbox));
            case Check.AnyOf c -> c.checks().stream().anyMatch(inner -> holds(inner, sandbox));
        };
    }

    /** The learner's latest answer on the message: fake or real. */
    private static java.util.Optional<String> lastVerdict(SandboxView sandbox, String message) {
        String verdict = null;
        for (SandboxEvent event : sandbox.events()) {
            if (event.type().equals(SafetyEvents.JUDGED) && event.detail("name").equals(message)) {
                verdict = event.detail("verdict");
            }
        }
        return java.util.Optional.ofNullable(verdict);
    }

    /** Every message that arrived has an answer, and at least {@code correct} of the latest answers are right. */
    private static boolean allJudged(SandboxView sandbox, int correct) {
        Map<String, Boolean> answers = new java.util.LinkedHashMap<>();
        for (SandboxEvent event : sandbox.events()) {
            if (event.type().equals(SafetyEvents.RECEIVED)) {
                answers.putIfAbsent(event.detail("message"), null);
            } else if (event.type().equals(SafetyEvents.JUDGED)) {
                answers.put(event.detail("message"), Boolean.parseBoolean(event.detail("correct")));
            }
        }
        return !answers.isEmpty() && answers.values().stream().allMatch(java.util.Objects::nonNull)
                && answers.values().stream().filter(Boolean::booleanValue).count() >= correct;
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static java.util.Optional<SandboxEvent> lastLogin(SandboxView sandbox) {
        List<SandboxEvent> events = sandbox.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            String type = events.get(i).type();
            if (type.equals(LoginEvents.SUCCEEDED) || type.equals(LoginEvents.LOGGED_OUT)) {
                return java.util.Optional.of(events.get(i));
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean happened(SandboxView sandbox, String type, Predicate<SandboxEvent> matching) {
        return sandbox.events().stream().anyMatch(e -> e.type().equals(type) && matching.test(e));
    }

    /**
     * Without {@code onBehalfOf}: the citizen did it for themselves. With it: it was done for that
     * person by someone else (holding a fuldmagt: the services refuse anyone else).
     */
    private static boolean selfService(SandboxView sandbox, String type, @org.jspecify.annotations.Nullable Role onBehalfOf,
                                       Predicate<SandboxEvent> matching) {
        return happened(sandbox, type, e -> (onBehalfOf == null
                ? e.detail("for").equals(Role.SELF.id()) && Role.SELF.id().equals(e.actor())
                : e.detail("for").equals(onBehalfOf.id()) && !onBehalfOf.id().equals(e.actor())) && matching.test(e));
    }

    private static boolean folderExists(SandboxView sandbox, String name) {
        return sandbox.folders().stream().anyMatch(folder -> folder.ref().isCustom() && same(folder.name(), name));
    }

    private static boolean isIn(SandboxView sandbox, Letter letter, String folder) {
        if (!letter.folder().isCustom()) {
            return STANDARD_FOLDERS.get(letter.folder().kind()).contains(folder.strip().toLowerCase(Locale.ROOT));
        }
        return sandbox.folders().stream().anyMatch(f -> f.ref().equals(letter.folder()) && same(f.name(), folder));
    }

    private static boolean rightsMatch(Grant.@org.jspecify.annotations.Nullable Rights wanted, Grant.Rights given) {
        if (wanted == null || wanted == given) {
            return true;
        }
        // The folder model's "Redigering" is reading and organising: what "read" asks for.
        return wanted == Grant.Rights.READ && given == Grant.Rights.EDIT;
    }

    private static boolean same(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }

    private static boolean contains(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.strip().toLowerCase(Locale.ROOT));
    }
}
