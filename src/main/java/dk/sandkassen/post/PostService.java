package dk.sandkassen.post;

import dk.sandkassen.identity.Person;
import dk.sandkassen.post.internal.AttachmentStore;
import dk.sandkassen.post.internal.FolderStore;
import dk.sandkassen.post.internal.LetterStore;
import dk.sandkassen.sandbox.SandboxEvents;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and organising a mailbox: the folder list, the message list (search, sort, pages),
 * opening a letter and its attachment, marking, moving, deleting, restoring, deleting for good.
 * Every method checks what the actor may do in the mailbox, and records what they did.
 */
@Service
public class PostService {

    private final LetterStore letters;
    private final FolderStore folders;
    private final AttachmentStore attachments;
    private final Access access;
    private final SandboxEvents events;

    PostService(LetterStore letters, FolderStore folders, AttachmentStore attachments, Access access,
                SandboxEvents events) {
        this.letters = letters;
        this.folders = folders;
        this.attachments = attachments;
        this.access = access;
        this.events = events;
    }

    public Permissions permissions(Mailbox box) {
        return access.of(box);
    }

    /** "Skift postkasse": the actor opens someone else's mailbox; refused without access. */
    public void openOthers(Mailbox box) {
        access.toRead(box);
        if (!box.isOwn()) {
            events.record(box.sandbox(), PostEvents.MAILBOX_OPENED, box.actor().id(), Map.of("for", box.owner().id(),
                    "owner", box.owner().id()));
        }
    }

    /** Whose mailboxes, besides their own, the actor may open now ("skift postkasse"). */
    public List<dk.sandkassen.identity.Role> otherMailboxes(Mailbox box) {
        return access.otherMailboxes(box);
    }

    /** The standard folders, then the own folders, each with its number of unread letters. */
    public List<Folder> folders(Mailbox box) {
        Permissions p = access.toRead(box);
        List<Folder> list = new ArrayList<>();
        Map<FolderRef, LetterStore.Tally> tallies = letters.tallies(box.sandbox(), box.owner());
        for (FolderRef standard : List.of(FolderRef.INBOX, FolderRef.DRAFTS, FolderRef.SENT, FolderRef.DELETED)) {
            if (p.sees(standard)) {
                list.add(folder(standard, "", tallies));
            }
        }
        for (FolderStore.Row row : folders.list(box.sandbox(), box.owner())) {
            FolderRef ref = FolderRef.custom(row.id());
            if (p.sees(ref)) {
                list.add(folder(ref, row.name(), tallies));
            }
        }
        return list;
    }

    private static Folder folder(FolderRef ref, String name, Map<FolderRef, LetterStore.Tally> tallies) {
        LetterStore.Tally tally = tallies.getOrDefault(ref, LetterStore.Tally.NONE);
        return new Folder(ref, name, tally.letters(), tally.unread());
    }

    /** The longest search that means anything here; the field stops there too. */
    public static final int MAX_SEARCH = 100;
    /** At most this many letters per page, whatever is asked for. */
    /** A page may hold a whole mailbox ("Vælg alle" fetches every letter of the folder). */
    public static final int MAX_PAGE = SandboxLimits.MAX_LETTERS;

    public List<Letter> letters(Mailbox box, FolderRef folder, String search, LetterSort sort, int offset, int limit) {
        access.toSee(access.toRead(box), folder);
        return letters.page(box.sandbox(), box.owner(), folder, searchable(search), sort == LetterSort.SENDER,
                Math.max(0, offset), Math.clamp(limit, 0, MAX_PAGE));
    }

    public int count(Mailbox box, FolderRef folder, String search) {
        access.toSee(access.toRead(box), folder);
        return letters.count(box.sandbox(), box.owner(), folder, searchable(search));
    }

    private static String searchable(String search) {
        String text = search.strip();
        return text.length() > MAX_SEARCH ? text.substring(0, MAX_SEARCH) : text;
    }

    /** A letter the actor may see; nothing is marked or recorded. */
    public Letter letter(Mailbox box, long id) {
        Permissions p = access.toRead(box);
        Letter letter = letters.find(box.sandbox(), box.owner(), id).orElseThrow(() -> new PostAccessDenied("post.not-found"));
        access.toSee(p, letter.folder());
        return letter;
    }

    /** The letter an exercise calls {@code name} (its ref, else its template id), if the mailbox has it. */
    public Optional<Letter> letterNamed(Mailbox box, String name) {
        Permissions p = access.toRead(box);
        return letters.named(box.sandbox(), box.owner(), name).filter(letter -> p.sees(letter.folder()));
    }

    /** Opening a letter marks it read, as in the real Digital Post. */
    @Transactional
    public Letter open(Mailbox box, long id) {
        Letter letter = letter(box, id);
        if (letter.unread()) {
            letters.setUnread(box.sandbox(), box.owner(), List.of(id), false);
        }
        record(box, PostEvents.OPENED, letter, Map.of());
        return letters.find(box.sandbox(), box.owner(), id).orElseThrow();
    }

    public List<Upload> uploads(Mailbox box, long letterId) {
        letter(box, letterId);
        return attachments.list(box.sandbox(), letterId).stream()
                .map(a -> new Upload(a.id(), a.fileName(), a.contentType(), a.size()))
                .toList();
    }

    /** The PDF that comes with a catalogue letter, made now (never stored). */
    public Download letterPdf(Mailbox box, long letterId) {
        Letter letter = letter(box, letterId);
        if (letter.attachmentName() == null) {
            throw new PostAccessDenied("post.no-attachment");
        }
        Person owner = box.acting().sandbox().household().person(box.owner())
                .orElseThrow(() -> new PostAccessDenied("post.not-found"));
        byte[] pdf = LetterPdf.render(letter, owner);
        record(box, PostEvents.ATTACHMENT_OPENED, letter, Map.of("file", letter.attachmentName()));
        return new Download(letter.attachmentName(), "application/pdf", pdf);
    }

    /** A file the citizen attached to a message they wrote. */
    public Download upload(Mailbox box, long letterId, long uploadId) {
        Letter letter = letter(box, letterId);
        Upload upload = uploads(box, letterId).stream().filter(u -> u.id() == uploadId).findFirst()
                .orElseThrow(() -> new PostAccessDenied("post.not-found"));
        byte[] data = attachments.data(box.sandbox(), letterId, uploadId).orElseThrow();
        record(box, PostEvents.ATTACHMENT_OPENED, letter, Map.of("file", upload.fileName()));
        return new Download(upload.fileName(), upload.contentType(), data);
    }

    @Transactional
    public void markUnread(Mailbox box, Collection<Long> ids, boolean unread) {
        access.toOrganise(box);
        for (long id : ids) {
            Letter letter = letter(box, id);
            letters.setUnread(box.sandbox(), box.owner(), List.of(id), unread);
            record(box, unread ? PostEvents.MARKED_UNREAD : PostEvents.MARKED_READ, letter, Map.of());
        }
    }

    @Transactional
    public void move(Mailbox box, Collection<Long> ids, FolderRef target) {
        Permissions p = access.toOrganise(box);
        access.toSee(p, target);
        if (target.kind() == FolderRef.Kind.DELETED || target.kind() == FolderRef.Kind.DRAFTS || target.kind() == FolderRef.Kind.SENT) {
            throw new PostAccessDenied("post.denied.move-there");
        }
        if (target.isCustom() && folders.find(box.sandbox(), box.owner(), target.customId()).isEmpty()) {
            throw new PostAccessDenied("post.not-found");
        }
        for (long id : ids) {
            Letter letter = letter(box, id);
            letters.moveTo(box.sandbox(), box.owner(), id, target);
            record(box, PostEvents.MOVED, letter, Map.of("to", target.token(), "toName", folderName(box, target)));
        }
    }

    /** To Slettet post, from where it can be restored. */
    @Transactional
    public void delete(Mailbox box, Collection<Long> ids) {
        access.toOrganise(box);
        for (long id : ids) {
            Letter letter = letter(box, id);
            if (letter.folder().kind() != FolderRef.Kind.DELETED) {
                letters.moveToDeleted(box.sandbox(), box.owner(), id, letter.folder());
                record(box, PostEvents.DELETED, letter, Map.of());
            }
        }
    }

    /** Back to where it was; to the Indbakke if that folder is gone. */
    @Transactional
    public void restore(Mailbox box, Collection<Long> ids) {
        access.toOrganise(box);
        for (long id : ids) {
            Letter letter = letter(box, id);
            if (letter.folder().kind() != FolderRef.Kind.DELETED) {
                continue;
            }
            FolderRef back = letter.deletedFrom() == null ? FolderRef.INBOX : letter.deletedFrom();
            if (back.isCustom() && folders.find(box.sandbox(), box.owner(), back.customId()).isEmpty()) {
                back = FolderRef.INBOX;
            }
            letters.moveTo(box.sandbox(), box.owner(), id, back);
            record(box, PostEvents.RESTORED, letter, Map.of("to", back.token()));
        }
    }

    /** Deletes for good, from Slettet post only. Only the owner may. */
    @Transactional
    public void purge(Mailbox box, Collection<Long> ids) {
        access.toPurge(box);
        for (long id : ids) {
            Letter letter = letter(box, id);
            if (letter.folder().kind() == FolderRef.Kind.DELETED) {
                letters.delete(box.sandbox(), box.owner(), id);
                record(box, PostEvents.PURGED, letter, Map.of());
            }
        }
    }

    public void searched(Mailbox box, String text) {
        access.toRead(box);
        if (!text.isBlank()) {
            events.record(box.sandbox(), PostEvents.SEARCHED, box.actor().id(),
                    Map.of("text", searchable(text), "owner", box.owner().id()));
        }
    }

    String folderName(Mailbox box, FolderRef folder) {
        return folder.isCustom()
                ? folders.find(box.sandbox(), box.owner(), folder.customId()).map(FolderStore.Row::name).orElse("")
                : folder.kind().id();
    }

    void record(Mailbox box, String type, Letter letter, Map<String, String> more) {
        Map<String, String> details = new HashMap<>(more);
        details.put("letter", String.valueOf(letter.id()));
        details.put("owner", box.owner().id());
        if (letter.exerciseName() != null) {
            details.put("name", letter.exerciseName());
        }
        events.record(box.sandbox(), type, box.actor().id(), details);
    }
}
