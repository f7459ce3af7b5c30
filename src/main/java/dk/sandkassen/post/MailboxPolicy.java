package dk.sandkassen.post;

/**
 * Decides what an actor may do in someone's mailbox. Digital Post asks it on every call;
 * without an access feature only the owner may do anything. The read-access feature supplies
 * one that also knows the grants.
 */
public interface MailboxPolicy {

    Permissions permissions(Mailbox mailbox);

    /** Whose mailboxes, besides their own, the actor may open today ("skift postkasse"). */
    default java.util.List<dk.sandkassen.identity.Role> otherMailboxes(dk.sandkassen.sandbox.SandboxId sandbox,
                                                                      dk.sandkassen.identity.Role actor) {
        return java.util.List.of();
    }
}
