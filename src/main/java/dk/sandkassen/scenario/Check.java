package dk.sandkassen.scenario;

import dk.sandkassen.access.Area;
import dk.sandkassen.access.Grant;
import dk.sandkassen.identity.Role;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a step waits for: one check of the scenario format. A step is done the first time its
 * check holds. {@link #name()} is the key in the file.
 */
public sealed interface Check {

    String name();

    /** nemid, mitid or any; or (a Sandkassen extension) one authenticator such as {@code code-display}. */
    record LoggedIn(String how) implements Check {
        public String name() { return "loggedIn"; }
    }

    record LoggedOut() implements Check {
        public String name() { return "loggedOut"; }
    }

    record LetterOpened(String letter) implements Check {
        public String name() { return "letterOpened"; }
    }

    record AttachmentOpened(String letter) implements Check {
        public String name() { return "attachmentOpened"; }
    }

    record LetterUnread(String letter) implements Check {
        public String name() { return "letterUnread"; }
    }

    record FolderExists(String folder) implements Check {
        public String name() { return "folderExists"; }
    }

    record FolderMissing(String folder) implements Check {
        public String name() { return "folderMissing"; }
    }

    record LetterInFolder(String letter, String folder) implements Check {
        public String name() { return "letterInFolder"; }
    }

    record LetterDeleted(String letter) implements Check {
        public String name() { return "letterDeleted"; }
    }

    record Searched(String text) implements Check {
        public String name() { return "searched"; }
    }

    record MessageSent(String to, @Nullable Boolean withAttachment) implements Check {
        public String name() { return "messageSent"; }
    }

    record ReplySent(String letter) implements Check {
        public String name() { return "replySent"; }
    }

    record AccessGranted(Role to, Grant.@Nullable Rights rights) implements Check {
        public String name() { return "accessGranted"; }
    }

    /** A Sandkassen extension: the relative has asked the citizen for read access. */
    record AccessRequested(Role from) implements Check {
        public String name() { return "accessRequested"; }
    }

    /** A Sandkassen extension: the citizen offered the relative chosen folders (the older model). */
    record AccessOffered(Role to) implements Check {
        public String name() { return "accessOffered"; }
    }

    record AccessRevoked(Role to) implements Check {
        public String name() { return "accessRevoked"; }
    }

    record FuldmagtGiven(Role to, Set<Area> areas) implements Check {
        public FuldmagtGiven {
            areas = Set.copyOf(areas);
        }

        public String name() { return "fuldmagtGiven"; }
    }

    /** {@code approved}: null when either answer will do. */
    record FuldmagtRequestAnswered(Role from, @Nullable Boolean approved) implements Check {
        public String name() { return "fuldmagtRequestAnswered"; }
    }

    record FuldmagtRevoked(Role to) implements Check {
        public String name() { return "fuldmagtRevoked"; }
    }

    record ActingFor(Role person) implements Check {
        public String name() { return "actingFor"; }
    }

    /** {@code channel}: sms or email. */
    record Notification(String channel, boolean enabled) implements Check {
        public String name() { return "notification"; }
    }

    record NemSmsSignedUp() implements Check {
        public String name() { return "nemSmsSignedUp"; }
    }

    record ExemptionApplied() implements Check {
        public String name() { return "exemptionApplied"; }
    }

    record SuspiciousRequestRejected() implements Check {
        public String name() { return "suspiciousRequestRejected"; }
    }

    /**
     * Self-service (issue 15): the person's doctor was changed. {@code onBehalfOf} null: the
     * citizen changed their own; else someone else changed that person's, with a fuldmagt.
     */
    record DoctorChanged(@Nullable Role onBehalfOf) implements Check {
        public String name() { return "doctorChanged"; }
    }

    /** A move was reported; {@code with}: who must have moved along (at least these). */
    record MoveReported(@Nullable Role onBehalfOf, Set<Role> with) implements Check {
        public MoveReported {
            with = Set.copyOf(with);
        }

        public String name() { return "moveReported"; }
    }

    /** The preliminary income assessment was changed; {@code figure}: income or transport, null for either. */
    record TaxAssessmentChanged(@Nullable Role onBehalfOf, @Nullable String figure) implements Check {
        public String name() { return "taxAssessmentChanged"; }
    }

    record PrescriptionRenewed(@Nullable Role onBehalfOf) implements Check {
        public String name() { return "prescriptionRenewed"; }
    }

    /** Safety: the learner answered "Det her er svindel" on the message (their latest answer). */
    record MessageReported(String message) implements Check {
        public String name() { return "messageReported"; }
    }

    /** Safety: the learner answered "Det er ægte" on the message (their latest answer). */
    record MessageTrusted(String message) implements Check {
        public String name() { return "messageTrusted"; }
    }

    /** Safety: in one answer on the message, the learner marked the parts holding {@code atLeast} of its red flags (null: all). */
    record RedFlagsFound(String message, @Nullable Integer atLeast) implements Check {
        public String name() { return "redFlagsFound"; }
    }

    /** Safety: the message's link has not been followed. True from the start, so only for use beside another check. */
    record LinkNotOpened(String message) implements Check {
        public String name() { return "linkNotOpened"; }
    }

    /** Safety: the learner opened the look-alike page of the message and closed it without sending anything. */
    record FakeLoginAvoided(String message) implements Check {
        public String name() { return "fakeLoginAvoided"; }
    }

    /** Safety: the pressure call was declined or hung up. */
    record CallHungUp() implements Check {
        public String name() { return "callHungUp"; }
    }

    /** Safety: one of the things to do after a mistake ({@code block-mitid}, {@code call-cyberhotline} …). */
    record AfterMistake(String action) implements Check {
        public String name() { return "afterMistake"; }
    }

    /** Safety: every message on the phone has been answered, at least {@code correct} of them rightly. */
    record MessagesJudged(int correct) implements Check {
        public String name() { return "messagesJudged"; }
    }

    record AllOf(List<Check> checks) implements Check {
        public AllOf {
            checks = List.copyOf(checks);
        }

        public String name() { return "allOf"; }
    }

    record AnyOf(List<Check> checks) implements Check {
        public AnyOf {
            checks = List.copyOf(checks);
        }

        public String name() { return "anyOf"; }
    }
}
