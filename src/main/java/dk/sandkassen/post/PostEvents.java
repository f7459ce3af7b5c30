package dk.sandkassen.post;

/** The sandbox events Digital Post records; exercises check them. Details name the letter. */
public final class PostEvents {

    public static final String OPENED = "post.letter.opened";
    public static final String ATTACHMENT_OPENED = "post.attachment.opened";
    public static final String MARKED_UNREAD = "post.letter.unread";
    public static final String MARKED_READ = "post.letter.read";
    public static final String MOVED = "post.letter.moved";
    public static final String DELETED = "post.letter.deleted";
    public static final String RESTORED = "post.letter.restored";
    public static final String PURGED = "post.letter.purged";
    public static final String FOLDER_CREATED = "post.folder.created";
    public static final String FOLDER_RENAMED = "post.folder.renamed";
    public static final String FOLDER_DELETED = "post.folder.deleted";
    public static final String SEARCHED = "post.searched";
    /** Someone opened another person's mailbox they were given access to. details: for (owner). */
    public static final String MAILBOX_OPENED = "post.mailbox.switched";
    public static final String SENT = "post.message.sent";
    public static final String REPLIED = "post.reply.sent";
    public static final String DRAFT_SAVED = "post.draft.saved";
    public static final String DELIVERED = "post.letter.delivered";
    public static final String NOTIFICATION_CHANGED = "post.notification.changed";
    public static final String NEMSMS_SIGNED_UP = "post.nemsms.signed-up";
    public static final String EXEMPTION_APPLIED = "post.exemption.applied";

    private PostEvents() {
    }
}
