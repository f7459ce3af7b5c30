package dk.sandkassen.post;

import dk.sandkassen.identity.Role;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A letter in a mailbox: one that arrived, or a message the citizen wrote (a draft, or sent).
 *
 * @param templateId     the catalogue template it came from, if any
 * @param ref            the name an exercise gave it, if any
 * @param attachmentName the name of the PDF generated from the letter, if it carries one
 * @param deletedFrom    where it was before it went to Slettet post
 * @param recipient      for written messages: the authority it goes to
 * @param helper         a relative who wrote it on the owner's behalf (read-write access)
 */
public record Letter(long id, Role owner, @Nullable String templateId, @Nullable String ref, String sender,
                     SenderCategory category, String subject, String body, Instant receivedAt, boolean unread,
                     boolean replyAllowed, @Nullable String attachmentName, FolderRef folder,
                     @Nullable FolderRef deletedFrom, @Nullable String recipient, @Nullable Long inReplyTo,
                     @Nullable Role helper, int uploads) {

    public boolean hasAttachment() {
        return attachmentName != null || uploads > 0;
    }

    public boolean isWritten() {
        return folder.kind() == FolderRef.Kind.SENT || folder.kind() == FolderRef.Kind.DRAFTS || recipient != null;
    }

    /** How an exercise names the letter: its ref, else its template id. */
    public @Nullable String exerciseName() {
        return ref != null ? ref : templateId;
    }
}
