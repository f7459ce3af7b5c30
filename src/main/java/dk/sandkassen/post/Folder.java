package dk.sandkassen.post;

/** A folder as the folder list shows it: standard or own, its name and how many unread. */
public record Folder(FolderRef ref, String name, int letters, int unread) {
}
