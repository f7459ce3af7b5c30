package dk.sandkassen.post;

import dk.sandkassen.identity.Person;
import dk.sandkassen.identity.Role;
import dk.sandkassen.post.internal.LetterStore;
import dk.sandkassen.post.internal.SettingsStore;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxEvents;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * New post arriving while the learner practises (an exercise's letter, an authority's receipt,
 * an answer), and the notification the learner asked for, shown on the on-screen phone and in
 * the on-screen e-mail. Nothing is sent to a real phone or mailbox.
 */
@Service
public class Deliveries {

    private final LetterStore letters;
    private final SettingsStore settings;
    private final LetterCatalogue catalogue;
    private final SandboxEvents events;
    private final Clock clock;

    Deliveries(LetterStore letters, SettingsStore settings, LetterCatalogue catalogue, SandboxEvents events, Clock clock) {
        this.letters = letters;
        this.settings = settings;
        this.catalogue = catalogue;
        this.events = events;
        this.clock = clock;
    }

    /** A catalogue letter arrives now in {@code owner}'s Indbakke. */
    @Transactional
    public Letter deliver(Sandbox sandbox, Role owner, String templateId, @Nullable String ref, Map<String, String> extras) {
        return deliver(sandbox, owner, templateId, ref, extras, 0);
    }

    /** A catalogue letter in {@code owner}'s Indbakke, received {@code daysAgo} days ago (dates in it fit). */
    @Transactional
    public Letter deliver(Sandbox sandbox, Role owner, String templateId, @Nullable String ref, Map<String, String> extras,
                          int daysAgo) {
        LetterTemplate template = catalogue.get(templateId);
        Person person = sandbox.household().person(owner).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        LocalDate date = today.minusDays(daysAgo);
        LetterWriter writer = new LetterWriter(person, sandbox.seed(), today, extras);
        long seed = sandbox.seed() * 31 + template.id().hashCode();
        Letter letter = new Letter(0, owner, template.id(), ref, writer.fill(template.sender(), date, seed),
                template.category(), writer.fill(template.subject(), date, seed), writer.fill(template.body(), date, seed),
                clock.instant().minus(java.time.Duration.ofDays(daysAgo)), true, template.replyAllowed(), template.attachment(),
                FolderRef.INBOX, null, null, null, null, 0);
        return arrive(sandbox, letter);
    }

    /** The placeholders an exercise's own letter may use, filled from the person it is for. */
    public static final java.util.Set<String> PLACEHOLDERS = java.util.Set.of("navn", "fornavn", "efternavn", "adresse",
            "postby", "by", "kommune", "region", "cpr", "idag", "dato", "aar", "naeste-aar", "sagsnr");

    /**
     * A letter an exercise wrote (its own sender and text, placeholders filled), received
     * {@code daysAgo} days ago in {@code owner}'s Indbakke. With {@code attachment}, the letter's
     * text is also its PDF attachment of that name.
     */
    @Transactional
    public Letter deliverWritten(Sandbox sandbox, Role owner, String ref, String sender, String subject, String body,
                                 @Nullable String attachment, boolean replyAllowed, int daysAgo) {
        Person person = sandbox.household().person(owner).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        LocalDate date = today.minusDays(daysAgo);
        LetterWriter writer = new LetterWriter(person, sandbox.seed(), today, Map.of());
        long seed = sandbox.seed() * 31 + ref.hashCode();
        Letter letter = new Letter(0, owner, null, ref, writer.fill(sender, date, seed), SenderCategory.guess(sender),
                writer.fill(subject, date, seed), writer.fill(body, date, seed), clock.instant().minus(java.time.Duration.ofDays(daysAgo)),
                true, replyAllowed, attachment, FolderRef.INBOX, null, null, null, null, 0);
        return arrive(sandbox, letter);
    }

    /** A letter written by an exercise (its own sender and text) arrives now. */
    @Transactional
    public Letter deliver(Sandbox sandbox, Letter letter) {
        return arrive(sandbox, letter);
    }

    /**
     * Whether {@code count} more letters fit in the sandbox ({@link SandboxLimits#MAX_LETTERS}).
     * What a learner can repeat at will and that sends a letter asks this first, and refuses
     * kindly, with nothing changed, when the answer is no.
     */
    public boolean hasRoom(dk.sandkassen.sandbox.SandboxId sandbox, int count) {
        return letters.countAll(sandbox) + count <= SandboxLimits.MAX_LETTERS;
    }

    /** How many letters the sandbox holds, in all its mailboxes (see {@link SandboxLimits}). */
    int lettersIn(dk.sandkassen.sandbox.SandboxId sandbox) {
        return letters.countAll(sandbox);
    }

    void receipt(Sandbox sandbox, Role owner, String authority, SenderCategory category, String subject) {
        deliver(sandbox, owner, "kvittering", null, Map.of("modtager", authority, "emne", subject));
    }

    private Letter arrive(Sandbox sandbox, Letter letter) {
        long id = letters.insert(sandbox.id(), letter);
        Letter arrived = letters.find(sandbox.id(), letter.owner(), id).orElseThrow();
        NotificationSettings wanted = settings.settings(sandbox.id(), letter.owner());
        String text = "Du har fået ny Digital Post fra " + arrived.sender() + ". Log på borger.dk for at læse den.";
        if (wanted.notifySms() && wanted.mobile() != null) {
            settings.notify(sandbox.id(), letter.owner(), "sms", wanted.mobile(), text, clock.instant());
        }
        if (wanted.notifyEmail()) {
            for (String email : new String[] {wanted.email1(), wanted.email2()}) {
                if (email != null && !email.isBlank()) {
                    settings.notify(sandbox.id(), letter.owner(), "email", email, text, clock.instant());
                }
            }
        }
        events.record(sandbox.id(), PostEvents.DELIVERED, null, Map.of("letter", String.valueOf(id),
                "owner", letter.owner().id(), "name", arrived.exerciseName() == null ? "" : arrived.exerciseName(),
                "sender", arrived.sender()));
        return arrived;
    }
}
