package dk.sandkassen.post;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Asks the mailbox policy what the actor may do. Without a read-access feature only the
 * owner may do anything. Every Digital Post service goes through here: the UI hiding a
 * button is never the protection.
 */
@Component
class Access {

    private final List<MailboxPolicy> policies;

    Access(List<MailboxPolicy> policies) {
        this.policies = policies;
    }

    Permissions of(Mailbox mailbox) {
        if (mailbox.isOwn()) {
            return Permissions.OWNER;
        }
        return policies.isEmpty() ? Permissions.NONE : policies.getFirst().permissions(mailbox);
    }

    java.util.List<dk.sandkassen.identity.Role> otherMailboxes(Mailbox mailbox) {
        return policies.isEmpty() ? java.util.List.of() : policies.getFirst().otherMailboxes(mailbox.sandbox(), mailbox.actor());
    }

    Permissions toRead(Mailbox mailbox) {
        Permissions p = of(mailbox);
        return require(p, p.read(), "post.denied.read");
    }

    Permissions toOrganise(Mailbox mailbox) {
        Permissions p = of(mailbox);
        return require(p, p.read() && p.organise(), "post.denied.organise");
    }

    Permissions toWrite(Mailbox mailbox) {
        Permissions p = of(mailbox);
        return require(p, p.read() && p.write(), "post.denied.write");
    }

    Permissions toPurge(Mailbox mailbox) {
        Permissions p = of(mailbox);
        return require(p, p.purge(), "post.denied.purge");
    }

    Permissions toChangeSettings(Mailbox mailbox) {
        Permissions p = of(mailbox);
        return require(p, p.settings(), "post.denied.settings");
    }

    /** The folder must be one the actor may see (folder access shows only the folders given). */
    void toSee(Permissions permissions, FolderRef folder) {
        if (!permissions.sees(folder)) {
            throw new PostAccessDenied("post.denied.folder");
        }
    }

    private static Permissions require(Permissions permissions, boolean allowed, String key) {
        if (!allowed) {
            throw new PostAccessDenied(key);
        }
        return permissions;
    }
}
