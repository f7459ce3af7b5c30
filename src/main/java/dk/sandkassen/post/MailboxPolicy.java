package dk.sandkassen.post;

/**
 * Decides what an actor may do in someone's mailbox. Digital Post asks it on every call;
 * without an access feature only the owner may do anything. The read-access feature supplies
 * one that also knows the grants.
 */
public interface MailboxPolicy {

    Permissions permissions(Mailbox mailbox);
}
