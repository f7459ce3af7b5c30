package dk.sandkassen.post;

/**
 * How much post one sandbox may hold, whatever a script does with it: a learner in a lesson
 * stays far below these (a mailbox starts with 20–50 letters), and each is refused kindly.
 */
public final class SandboxLimits {

    /** Letters in all the sandbox's mailboxes: the seeded ones, what arrives, and what is written. */
    public static final int MAX_LETTERS = 600;
    /** Attached files kept in the sandbox: three full messages. */
    public static final long MAX_ATTACHED_BYTES = 3 * Draft.MAX_TOTAL_BYTES;
    /** Own folders in one mailbox. */
    public static final int MAX_FOLDERS = 50;

    private SandboxLimits() {
    }
}
