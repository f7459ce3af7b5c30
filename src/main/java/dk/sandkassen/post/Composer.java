package dk.sandkassen.post;

import dk.sandkassen.identity.Person;
import dk.sandkassen.post.internal.AttachmentStore;
import dk.sandkassen.post.internal.LetterStore;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxEvents;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Skriv ny besked" and "Besvar": drafts kept in Kladder, messages sent to Sendt, and the
 * automatic receipt from the authority. Nothing leaves Sandkassen.
 */
@Service
public class Composer {

    /** What was wrong with a message (translation keys), or the id of the sent message. */
    public record Outcome(List<String> problems, long messageId) {
        public boolean sent() {
            return problems.isEmpty();
        }
    }

    private final LetterStore letters;
    private final AttachmentStore attachments;
    private final PostService post;
    private final Deliveries deliveries;
    private final Access access;
    private final SandboxEvents events;
    private final Clock clock;

    Composer(LetterStore letters, AttachmentStore attachments, PostService post, Deliveries deliveries, Access access,
             SandboxEvents events, Clock clock) {
        this.letters = letters;
        this.attachments = attachments;
        this.post = post;
        this.deliveries = deliveries;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** What is wrong with the files alone: too many, or too large together. */
    public static List<String> fileProblems(List<Draft.NewFile> files) {
        List<String> problems = new ArrayList<>();
        if (files.size() > Draft.MAX_FILES) {
            problems.add("compose.too-many-files");
        }
        if (files.stream().mapToLong(f -> f.data().length).sum() > Draft.MAX_TOTAL_BYTES) {
            problems.add("compose.too-large");
        }
        return problems;
    }

    /** What is too long in the subject or the text; the learner's own words are kept in the page. */
    public static List<String> textProblems(Draft draft) {
        List<String> problems = new ArrayList<>();
        if (draft.subject().strip().length() > Draft.MAX_SUBJECT) {
            problems.add("compose.subject-too-long");
        }
        if (draft.text().strip().length() > Draft.MAX_TEXT) {
            problems.add("compose.text-too-long");
        }
        return problems;
    }

    /** What the sandbox has no room for: more letters, or more attached files, than it may hold. */
    private List<String> roomProblems(Mailbox box, Draft draft) {
        List<String> problems = new ArrayList<>();
        long replaced = draft.id() == null ? 0 : attachments.list(box.sandbox(), draft.id()).stream()
                .mapToLong(AttachmentStore.Info::size).sum();
        if (draft.id() == null && letters.countAll(box.sandbox()) + 2 > SandboxLimits.MAX_LETTERS) {
            problems.add("post.sandbox-full");
        }
        if (attachments.bytes(box.sandbox()) - replaced + draft.totalBytes() > SandboxLimits.MAX_ATTACHED_BYTES) {
            problems.add("compose.sandbox-files-full");
        }
        return problems;
    }

    /** Keeps an unsent message in Kladder; returns its id. Files beyond the limits are refused. */
    @Transactional
    public Outcome saveDraft(Mailbox box, Draft draft) {
        access.toWrite(box);
        List<String> problems = new ArrayList<>(fileProblems(draft.files()));
        problems.addAll(textProblems(draft));
        if (problems.isEmpty()) {
            problems.addAll(roomProblems(box, draft));
        }
        if (!problems.isEmpty()) {
            return new Outcome(problems, draft.id() == null ? 0 : draft.id());
        }
        long id = store(box, draft, FolderRef.DRAFTS);
        events.record(box.sandbox(), PostEvents.DRAFT_SAVED, box.actor().id(), Map.of("letter", String.valueOf(id),
                "owner", box.owner().id()));
        return new Outcome(List.of(), id);
    }

    @Transactional
    public Outcome send(Mailbox box, Draft draft) {
        access.toWrite(box);
        Sandbox sandbox = box.acting().sandbox();
        Person owner = sandbox.household().person(box.owner()).orElseThrow();
        Letter original = draft.inReplyTo() == null ? null : post.letter(box, draft.inReplyTo());
        List<String> problems = new ArrayList<>();
        String recipient;
        SenderCategory category;
        if (original != null) {
            if (!original.replyAllowed()) {
                throw new PostAccessDenied("post.reply-not-allowed");
            }
            recipient = original.sender();
            category = original.category();
        } else {
            recipient = draft.authority();
            category = draft.category();
            if (category == null || recipient == null || !Authorities.exists(category, owner, recipient)) {
                problems.add("compose.choose-authority");
            }
        }
        if (draft.subject().isBlank()) {
            problems.add("compose.subject-missing");
        }
        if (draft.text().isBlank()) {
            problems.add("compose.text-missing");
        }
        problems.addAll(textProblems(draft));
        problems.addAll(fileProblems(draft.files()));
        if (problems.isEmpty()) {
            problems.addAll(roomProblems(box, draft));
        }
        if (!problems.isEmpty()) {
            return new Outcome(problems, 0);
        }
        Draft complete = new Draft(draft.id(), category, recipient, draft.subject().strip(), draft.text().strip(),
                draft.files(), draft.inReplyTo());
        long id = store(box, complete, FolderRef.DRAFTS);
        letters.send(box.sandbox(), box.owner(), id, Timestamp.from(clock.instant()));

        Map<String, String> details = new HashMap<>(Map.of("letter", String.valueOf(id), "to", recipient,
                "category", category.id(), "withAttachment", String.valueOf(!draft.files().isEmpty()), "owner", box.owner().id()));
        if (!box.isOwn()) {
            details.put("helper", box.actor().id());
        }
        if (original != null) {
            details.put("replyTo", String.valueOf(original.id()));
            if (original.exerciseName() != null) {
                details.put("name", original.exerciseName());
            }
            events.record(box.sandbox(), PostEvents.REPLIED, box.actor().id(), details);
        } else {
            events.record(box.sandbox(), PostEvents.SENT, box.actor().id(), details);
        }
        deliveries.receipt(sandbox, box.owner(), recipient, category, complete.subject());
        return new Outcome(List.of(), id);
    }

    private long store(Mailbox box, Draft draft, FolderRef folder) {
        SenderCategory category = draft.category() == null ? SenderCategory.STAT : draft.category();
        String recipient = draft.authority() == null ? "" : draft.authority();
        long id;
        if (draft.id() != null && post.letter(box, draft.id()).folder().kind() == FolderRef.Kind.DRAFTS) {
            id = draft.id();
            letters.updateDraft(box.sandbox(), box.owner(), id, recipient, category, draft.subject(), draft.text());
            attachments.deleteAll(box.sandbox(), id);
        } else {
            Person author = box.acting().sandbox().household().person(box.owner()).orElseThrow();
            Letter letter = new Letter(0, box.owner(), null, null, author.fullName(), category, draft.subject(), draft.text(),
                    clock.instant(), false, false, null, folder, null, recipient, draft.inReplyTo(),
                    box.isOwn() ? null : box.actor(), 0);
            id = letters.insert(box.sandbox(), letter);
        }
        for (Draft.NewFile file : draft.files()) {
            attachments.insert(box.sandbox(), id, file.name(), file.contentType(), file.data());
        }
        return id;
    }
}
