package dk.sandkassen.scenario.internal;

import dk.sandkassen.access.FuldmagtService;
import dk.sandkassen.access.Grant;
import dk.sandkassen.access.ReadAccessService;
import dk.sandkassen.identity.Person;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Actors;
import dk.sandkassen.login.MitIdService;
import dk.sandkassen.post.Deliveries;
import dk.sandkassen.post.FolderRef;
import dk.sandkassen.post.FolderService;
import dk.sandkassen.post.Letter;
import dk.sandkassen.post.LetterCatalogue;
import dk.sandkassen.post.Mailbox;
import dk.sandkassen.post.PostService;
import dk.sandkassen.safety.MessageCatalogue;
import dk.sandkassen.safety.SafetyService;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.scenario.Check;
import dk.sandkassen.scenario.Exercise;
import dk.sandkassen.scenario.Setup;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts an exercise's start into a fresh sandbox, through the features' own services: folders,
 * letters, requests from relatives, and any catalogue letter a check names that this person's
 * mailbox happens not to have — so every exercise can be done whoever the seed makes.
 */
@Component
public class SetupApplier {

    private final FolderService folders;
    private final PostService post;
    private final Deliveries deliveries;
    private final LetterCatalogue catalogue;
    private final ReadAccessService readAccess;
    private final FuldmagtService fuldmagter;
    private final MitIdService mitId;
    private final Actors actors;
    private final Clock clock;
    private final SafetyService safety;
    private final MessageCatalogue messages;

    SetupApplier(FolderService folders, PostService post, Deliveries deliveries, LetterCatalogue catalogue,
                 ReadAccessService readAccess, FuldmagtService fuldmagter, MitIdService mitId, Actors actors, Clock clock,
                 SafetyService safety, MessageCatalogue messages) {
        this.safety = safety;
        this.messages = messages;
        this.folders = folders;
        this.post = post;
        this.deliveries = deliveries;
        this.catalogue = catalogue;
        this.readAccess = readAccess;
        this.fuldmagter = fuldmagter;
        this.mitId = mitId;
        this.actors = actors;
        this.clock = clock;
    }

    @Transactional
    public void apply(Sandbox sandbox, Exercise exercise) {
        Setup setup = exercise.setup();
        Mailbox citizen = Mailbox.own(actors.citizen(sandbox));
        Map<String, FolderRef> made = new HashMap<>();
        for (String name : setup.folders()) {
            folders.create(citizen, name).folder().ifPresent(ref -> made.put(name.toLowerCase(Locale.ROOT), ref));
        }
        for (Setup.SetupLetter wanted : setup.letters()) {
            Letter letter = wanted.template() != null
                    ? deliveries.deliver(sandbox, Role.SELF, wanted.template(), wanted.ref(), Map.of(), wanted.daysAgo())
                    : deliveries.deliverWritten(sandbox, Role.SELF, wanted.name(), wanted.from(), wanted.subject(),
                            wanted.body(), wanted.attachment(), wanted.replyAllowed(), wanted.daysAgo());
            if (wanted.folder() != null) {
                post.move(citizen, List.of(letter.id()), made.get(wanted.folder().toLowerCase(Locale.ROOT)));
            }
            if (!wanted.unread()) {
                post.markUnread(citizen, List.of(letter.id()), false);
            }
        }
        // A mailbox letter a check names is always there; answers and receipts (no audience)
        // only ever come from what the learner does.
        for (String name : lettersNamedByChecks(exercise)) {
            boolean mailboxLetter = catalogue.find(name).filter(t -> !t.audience().personas().isEmpty()).isPresent();
            if (mailboxLetter && post.letterNamed(citizen, name).isEmpty()) {
                deliveries.deliver(sandbox, Role.SELF, name, null, Map.of());
            }
        }
        Person me = sandbox.citizen();
        for (Setup.Request request : setup.requests()) {
            switch (request) {
                case Setup.FuldmagtRequest f -> fuldmagter.request(actors.person(sandbox, f.from()), me.fullName(), me.cpr().formatted(),
                        f.areas(), null, false);
                case Setup.FuldmagtReceived f -> fuldmagter.give(actors.person(sandbox, f.from()), me.fullName(),
                        me.cpr().formatted(), f.areas(), null);
                case Setup.AccessRequest a -> readAccess.request(actors.person(sandbox, a.from()), me.fullName(), me.cpr().formatted(),
                        LocalDate.now(clock).plusYears(1), a.rights() == Grant.Rights.EDIT ? Grant.Rights.READ : a.rights());
            }
        }
        if (setup.suspiciousRequest()) {
            mitId.sendSuspiciousRequest(sandbox);
        }
        applyMessages(sandbox, exercise);
    }

    /** Messages on the phone: setup's own, any catalogue message a check names, a drawn round; then the call. */
    private void applyMessages(Sandbox sandbox, Exercise exercise) {
        Setup setup = exercise.setup();
        Set<String> named = messagesNamedByChecks(exercise);
        for (Setup.SetupMessage message : setup.messages()) {
            safety.deliver(sandbox, message.template(), message.ref());
            named.remove(message.name());
        }
        for (String name : named) {
            if (messages.find(name).isPresent()) {
                safety.deliver(sandbox, name, null);
            }
        }
        if (setup.round() > 0) {
            safety.deliverRound(sandbox, setup.round());
        }
        if (setup.pressureCall()) {
            safety.startCall(sandbox);
        }
    }

    private static Set<String> lettersNamedByChecks(Exercise exercise) {
        Set<String> names = named(exercise, check -> switch (check) {
            case Check.LetterOpened c -> c.letter();
            case Check.AttachmentOpened c -> c.letter();
            case Check.LetterUnread c -> c.letter();
            case Check.LetterDeleted c -> c.letter();
            case Check.LetterInFolder c -> c.letter();
            case Check.ReplySent c -> c.letter();
            default -> null;
        });
        exercise.setup().letters().forEach(letter -> names.remove(letter.name()));
        return names;
    }

    private static Set<String> messagesNamedByChecks(Exercise exercise) {
        return named(exercise, check -> switch (check) {
            case Check.MessageReported c -> c.message();
            case Check.MessageTrusted c -> c.message();
            case Check.RedFlagsFound c -> c.message();
            case Check.LinkNotOpened c -> c.message();
            case Check.FakeLoginAvoided c -> c.message();
            default -> null;
        });
    }

    /** What {@code name} finds in the exercise's checks, inside allOf and anyOf too, in order. */
    private static Set<String> named(Exercise exercise, Function<Check, @Nullable String> name) {
        Set<String> names = new LinkedHashSet<>();
        ArrayDeque<Check> checks = new ArrayDeque<>();
        exercise.steps().forEach(step -> checks.add(step.check()));
        while (!checks.isEmpty()) {
            Check check = checks.poll();
            switch (check) {
                case Check.AllOf c -> checks.addAll(c.checks());
                case Check.AnyOf c -> checks.addAll(c.checks());
                default -> {
                    String found = name.apply(check);
                    if (found != null) {
                        names.add(found);
                    }
                }
            }
        }
        return names;
    }
}
