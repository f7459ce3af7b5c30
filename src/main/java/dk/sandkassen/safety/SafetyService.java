package dk.sandkassen.safety;

import dk.sandkassen.identity.Person;
import dk.sandkassen.identity.Role;
import dk.sandkassen.identity.Seeds;
import dk.sandkassen.login.Phone;
import dk.sandkassen.safety.internal.MessageStore;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxEvents;
import dk.sandkassen.sandbox.SandboxService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages on a person's on-screen phone, and what the learner does with them. The world
 * (an exercise's setup, a practice message) sends; the learner reads, judges, follows a link,
 * and is told what gave the fake away. The phone comes from the login ({@code CurrentLogin.phone()}),
 * so a learner only ever sees and answers the messages on their own phone.
 *
 * <p>Nothing here takes what a learner types on a look-alike page: {@link #fakeFormSent} has no
 * parameter for it, so it cannot be stored, logged or put in an event.
 */
@Service
public class SafetyService {

    /** The most messages one sandbox keeps: a script pressing "send me one" cannot fill the database. */
    public static final int MAX_MESSAGES = 60;

    private final MessageStore store;
    private final MessageCatalogue catalogue;
    private final SandboxEvents events;
    private final SandboxService sandboxes;
    private final Calls calls;
    private final Clock clock;

    SafetyService(MessageStore store, MessageCatalogue catalogue, SandboxEvents events, SandboxService sandboxes, Calls calls,
                  Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.events = events;
        this.sandboxes = sandboxes;
        this.calls = calls;
        this.clock = clock;
    }

    /** A catalogue message arrives now on the citizen's phone; {@code ref} is what an exercise calls it. */
    @Transactional
    public MessageId deliver(Sandbox sandbox, String templateId, @Nullable String ref) {
        MessageTemplate template = catalogue.get(templateId);
        MessageId id = store.insert(sandbox.id(), Role.SELF, template.id(), ref, clock.instant());
        events.record(sandbox.id(), SafetyEvents.RECEIVED, Map.of("message", id.toString(), "name", ref == null ? templateId : ref,
                "channel", template.channel().id(), "fake", Boolean.toString(template.fake())));
        return id;
    }

    /** A mixed round: {@code count} messages drawn from the whole catalogue by the sandbox's seed. */
    @Transactional
    public List<MessageId> deliverRound(Sandbox sandbox, int count) {
        return round(catalogue, sandbox.seed(), count).stream().map(id -> deliver(sandbox, id, null)).toList();
    }

    /**
     * The template ids of a round: the same seed always draws the same messages in the same
     * order, another seed others. A round of two or more has at least one real message and one fake.
     */
    public static List<String> round(MessageCatalogue catalogue, long seed, int count) {
        List<MessageTemplate> all = new ArrayList<>(catalogue.all());
        Collections.shuffle(all, new Random(Seeds.mix(seed) + 14));
        int size = Math.min(Math.max(count, 0), all.size());
        List<MessageTemplate> drawn = new ArrayList<>(all.subList(0, size));
        if (size >= 2) {
            for (boolean fake : new boolean[] {true, false}) {
                if (drawn.stream().noneMatch(t -> t.fake() == fake)) {
                    all.stream().filter(t -> t.fake() == fake).findFirst().ifPresent(t -> drawn.set(drawn.size() - 1, t));
                }
            }
        }
        return drawn.stream().map(MessageTemplate::id).toList();
    }

    /** "Send me a practice message": the next one of the sandbox's own order; empty at the limit. */
    @Transactional
    public Optional<MessageId> sendPractice(Phone phone) {
        Sandbox sandbox = sandbox(phone);
        int have = store.count(sandbox.id());
        if (have >= MAX_MESSAGES || phone.holder() != Role.SELF) {
            return Optional.empty();
        }
        List<String> order = round(catalogue, sandbox.seed(), catalogue.all().size());
        return Optional.of(deliver(sandbox, order.get(have % order.size()), null));
    }

    /** Newest first, written out in {@code language}. */
    public List<Message> messages(Phone phone, Locale language) {
        Sandbox sandbox = sandbox(phone);
        return store.list(phone.sandbox(), phone.holder()).stream()
                .flatMap(row -> written(sandbox, phone.holder(), row, language).stream())
                .toList();
    }

    public Optional<Message> message(Phone phone, MessageId id, Locale language) {
        return store.find(phone.sandbox(), phone.holder(), id)
                .flatMap(row -> written(sandbox(phone), phone.holder(), row, language));
    }

    public void opened(Phone phone, Message message) {
        record(phone, SafetyEvents.OPENED, message, Map.of());
    }

    /**
     * "Det her er svindel" / "Det er ægte", with the parts the learner marked: the feedback per
     * red flag, and the answer recorded (the latest answer is the one that counts).
     */
    @Transactional
    public Optional<Judgement> judge(Phone phone, MessageId id, Verdict verdict, Set<String> marked, Locale language) {
        return message(phone, id, language).map(message -> {
            List<Part> parts = message.parts();
            List<Judgement.Flag> flags = message.template().flags().stream().map(flag -> {
                String words = message.flagText(flag);
                boolean found = parts.stream().anyMatch(part -> marked.contains(part.id()) && part.text().contains(words));
                return new Judgement.Flag(flag.kind(), words, found);
            }).toList();
            List<Part> fine = parts.stream().filter(part -> marked.contains(part.id()))
                    .filter(part -> message.template().flags().stream().noneMatch(f -> part.text().contains(message.flagText(f))))
                    .toList();
            Judgement judgement = new Judgement(verdict, (verdict == Verdict.FAKE) == message.fake(), flags, fine);
            store.judge(phone.sandbox(), phone.holder(), id, verdict);
            record(phone, SafetyEvents.JUDGED, message, Map.of("verdict", verdict.id(),
                    "correct", Boolean.toString(judgement.correct()), "flags", Integer.toString(flags.size()),
                    "found", Long.toString(judgement.found()), "fine", Integer.toString(fine.size()),
                    "missed", flags.stream().filter(f -> !f.found()).map(f -> f.kind().id()).collect(Collectors.joining(","))));
            return judgement;
        });
    }

    /** The learner followed the link of a fake message: the look-alike page opens. Empty for a message without one. */
    public Optional<Message> openLink(Phone phone, MessageId id, Locale language) {
        Optional<Message> message = message(phone, id, language).filter(m -> m.link().isPresent());
        message.ifPresent(m -> record(phone, SafetyEvents.LINK_OPENED, m, Map.of()));
        return message;
    }

    /** The learner pressed the look-alike page's button. Deliberately takes nothing of what was typed. */
    public void fakeFormSent(Phone phone, MessageId id) {
        message(phone, id, Locale.ROOT).ifPresent(m -> record(phone, SafetyEvents.FAKE_FORM_SENT, m, Map.of()));
    }

    /** The learner closed the look-alike page without sending anything. */
    public void fakePageLeft(Phone phone, MessageId id) {
        message(phone, id, Locale.ROOT).ifPresent(m -> record(phone, SafetyEvents.FAKE_PAGE_LEFT, m, Map.of()));
    }

    /** What the learner did on the look-alike page of this message, last. */
    public Outcome outcome(Phone phone, MessageId id) {
        Outcome outcome = Outcome.NONE;
        for (var event : events.list(phone.sandbox())) {
            if (event.detail("message").equals(id.toString())) {
                outcome = switch (event.type()) {
                    case SafetyEvents.FAKE_FORM_SENT -> Outcome.SENT;
                    case SafetyEvents.FAKE_PAGE_LEFT -> outcome == Outcome.SENT ? Outcome.SENT : Outcome.LEFT;
                    default -> outcome;
                };
            }
        }
        return outcome;
    }

    /** On the look-alike page: whether the learner typed and sent, closed it in time, or neither yet. */
    public enum Outcome { SENT, LEFT, NONE }

    /** Someone calls the citizen's phone, claiming to be MitID support (an exercise's setup). */
    public void startCall(Sandbox sandbox) {
        calls.start(sandbox);
    }

    public Optional<PressureCall> call(Phone phone) {
        return calls.current(phone);
    }

    public void answerCall(Phone phone) {
        calls.answer(phone, sandbox(phone));
    }

    public void endCall(Phone phone) {
        calls.end(phone, sandbox(phone));
    }

    /** One of the things to do after a mistake, practised. */
    public void afterMistake(Phone phone, AfterMistake action) {
        events.record(phone.sandbox(), SafetyEvents.AFTER_MISTAKE, phone.holder().id(), Map.of("action", action.id()));
    }

    private void record(Phone phone, String type, Message message, Map<String, String> more) {
        Map<String, String> details = new HashMap<>(more);
        details.put("message", message.id().toString());
        details.put("name", message.name());
        events.record(phone.sandbox(), type, phone.holder().id(), details);
    }

    private Optional<Message> written(Sandbox sandbox, Role owner, MessageStore.Row row, Locale language) {
        Optional<Person> person = sandbox.household().person(owner);
        return catalogue.find(row.templateId()).flatMap(template -> person.map(p -> {
            MessageWriter writer = new MessageWriter(p, sandbox.seed() * 31 + template.id().hashCode());
            return new Message(row.id(), row.ref() == null ? template.id() : row.ref(), template, row.receivedAt(),
                    writer.fill(template.sender().in(language), language),
                    template.subject() == null ? null : writer.fill(template.subject().in(language), language),
                    writer.fill(template.body().in(language), language), row.verdict(), language);
        }));
    }

    private Sandbox sandbox(Phone phone) {
        return sandboxes.find(phone.sandbox()).orElseThrow(() -> new IllegalStateException("No sandbox " + phone.sandbox()));
    }
}
