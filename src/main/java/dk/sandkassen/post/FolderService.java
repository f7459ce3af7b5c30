package dk.sandkassen.post;

import dk.sandkassen.post.internal.FolderStore;
import dk.sandkassen.post.internal.LetterStore;
import dk.sandkassen.sandbox.SandboxEvents;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Own folders: create, rename, delete. A folder name is shown as typed, always as text (a
 * name with HTML in it is just a name). What breaks a rule comes back as a translation key.
 */
@Service
public class FolderService {

    public static final int MAX_NAME_LENGTH = 40;
    private static final List<String> STANDARD_NAMES = List.of("indbakke", "kladder", "sendt", "slettet post",
            "inbox", "drafts", "sent", "deleted");

    /** The folder that was made, or why not. */
    public record Result(Optional<FolderRef> folder, Optional<String> problem) {
        static Result made(FolderRef folder) {
            return new Result(Optional.of(folder), Optional.empty());
        }

        static Result refused(String problem) {
            return new Result(Optional.empty(), Optional.of(problem));
        }
    }

    private final FolderStore folders;
    private final LetterStore letters;
    private final Access access;
    private final SandboxEvents events;
    private final Clock clock;

    FolderService(FolderStore folders, LetterStore letters, Access access, SandboxEvents events, Clock clock) {
        this.folders = folders;
        this.letters = letters;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Result create(Mailbox box, String typed) {
        Permissions p = access.toOrganise(box);
        if (p.onlyFolders() != null) {
            // With access to chosen folders only, the helper cannot add folders they would not see.
            throw new PostAccessDenied("post.denied.organise");
        }
        String name = typed.strip();
        Optional<String> problem = problem(box, name, null);
        if (problem.isPresent()) {
            return Result.refused(problem.get());
        }
        if (folders.list(box.sandbox(), box.owner()).size() >= SandboxLimits.MAX_FOLDERS) {
            return Result.refused("folder.too-many");
        }
        long id = folders.insert(box.sandbox(), box.owner(), name, clock.instant());
        events.record(box.sandbox(), PostEvents.FOLDER_CREATED, box.actor().id(), Map.of("name", name, "owner", box.owner().id(),
                "folder", FolderRef.custom(id).token()));
        return Result.made(FolderRef.custom(id));
    }

    @Transactional
    public Optional<String> rename(Mailbox box, long id, String typed) {
        access.toOrganise(box);
        FolderStore.Row folder = own(box, id);
        String name = typed.strip();
        Optional<String> problem = problem(box, name, id);
        if (problem.isEmpty()) {
            folders.rename(box.sandbox(), box.owner(), id, name);
            events.record(box.sandbox(), PostEvents.FOLDER_RENAMED, box.actor().id(),
                    Map.of("from", folder.name(), "name", name, "owner", box.owner().id()));
        }
        return problem;
    }

    /**
     * Deletes an own folder. Its letters go back to the Indbakke ({@code keepLetters}) or to
     * Slettet post, from where they can still be restored.
     */
    @Transactional
    public void delete(Mailbox box, long id, boolean keepLetters) {
        access.toOrganise(box);
        FolderStore.Row folder = own(box, id);
        FolderRef ref = FolderRef.custom(id);
        for (Letter letter : letters.page(box.sandbox(), box.owner(), ref, "", false, 0, Integer.MAX_VALUE)) {
            if (keepLetters) {
                letters.moveTo(box.sandbox(), box.owner(), letter.id(), FolderRef.INBOX);
            } else {
                letters.moveToDeleted(box.sandbox(), box.owner(), letter.id(), FolderRef.INBOX);
            }
        }
        folders.delete(box.sandbox(), box.owner(), id);
        events.record(box.sandbox(), PostEvents.FOLDER_DELETED, box.actor().id(),
                Map.of("name", folder.name(), "owner", box.owner().id()));
    }

    private FolderStore.Row own(Mailbox box, long id) {
        Permissions p = access.of(box);
        access.toSee(p, FolderRef.custom(id));
        return folders.find(box.sandbox(), box.owner(), id).orElseThrow(() -> new PostAccessDenied("post.not-found"));
    }

    private Optional<String> problem(Mailbox box, String name, Long renaming) {
        if (name.isEmpty()) {
            return Optional.of("folder.name-empty");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return Optional.of("folder.name-too-long");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (STANDARD_NAMES.contains(lower)) {
            return Optional.of("folder.name-standard");
        }
        boolean taken = folders.list(box.sandbox(), box.owner()).stream()
                .anyMatch(f -> f.name().toLowerCase(Locale.ROOT).equals(lower) && !Long.valueOf(f.id()).equals(renaming));
        return taken ? Optional.of("folder.name-taken") : Optional.empty();
    }
}
