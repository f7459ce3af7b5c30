package dk.sandkassen.post;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an actor may do in a mailbox. The owner may do everything. A relative with read access
 * may read, make folders, move and mark letters; with read-write access also write and reply.
 * Nobody but the owner may delete for good, change notifications, or give access.
 *
 * @param onlyFolders with folder access (the older model), the own folders the actor may see; null = all
 */
public record Permissions(boolean read, boolean organise, boolean write, boolean purge, boolean settings,
                          @Nullable Set<Long> onlyFolders) {

    public static final Permissions OWNER = new Permissions(true, true, true, true, true, null);
    public static final Permissions NONE = new Permissions(false, false, false, false, false, Set.of());

    public boolean sees(FolderRef folder) {
        if (!read) {
            return false;
        }
        if (onlyFolders == null) {
            return true;
        }
        return folder.isCustom() && onlyFolders.contains(folder.customId());
    }
}
