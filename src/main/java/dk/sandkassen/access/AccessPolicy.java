package dk.sandkassen.access;

import dk.sandkassen.access.internal.GrantStore;
import dk.sandkassen.access.internal.FuldmagtStore;
import dk.sandkassen.identity.Role;
import dk.sandkassen.post.Mailbox;
import dk.sandkassen.post.MailboxPolicy;
import dk.sandkassen.post.Permissions;
import dk.sandkassen.sandbox.SandboxId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a helper may do in someone's Digital Post, from the grants and fuldmagter that hold
 * today: Digital Post asks this on every call. Read access: read, make folders, move, mark.
 * Read-write: also write and reply. The folder model: only the folders given ("Læsning" to
 * read, "Redigering" to organise too). A fuldmagt for Digital Post counts as read access.
 * Nobody but the owner deletes for good, changes notifications, or gives access.
 */
@Component
class AccessPolicy implements MailboxPolicy {

    private final GrantStore grants;
    private final FuldmagtStore fuldmagter;
    private final Clock clock;

    AccessPolicy(GrantStore grants, FuldmagtStore fuldmagter, Clock clock) {
        this.grants = grants;
        this.fuldmagter = fuldmagter;
        this.clock = clock;
    }

    @Override
    public Permissions permissions(Mailbox mailbox) {
        LocalDate today = LocalDate.now(clock);
        boolean read = false;
        boolean organise = false;
        boolean write = false;
        boolean wholeMailbox = false;
        Set<Long> folders = new HashSet<>();
        for (Grant grant : grants.between(mailbox.sandbox(), mailbox.owner(), mailbox.actor())) {
            if (!grant.currentOn(today)) {
                continue;
            }
            read = true;
            if (grant.model() == Grant.Model.MAILBOX) {
                wholeMailbox = true;
                organise = true;
                write |= grant.rights() == Grant.Rights.READ_WRITE;
            } else {
                folders.addAll(grant.folders());
                organise |= grant.rights() == Grant.Rights.EDIT;
            }
        }
        if (holdsPostFuldmagt(mailbox.sandbox(), mailbox.actor(), mailbox.owner(), today)) {
            read = true;
            organise = true;
            wholeMailbox = true;
        }
        if (!read) {
            return Permissions.NONE;
        }
        return new Permissions(true, organise, write, false, false, wholeMailbox ? null : Set.copyOf(folders));
    }

    @Override
    public List<Role> otherMailboxes(SandboxId sandbox, Role actor) {
        LocalDate today = LocalDate.now(clock);
        Set<Role> owners = EnumSet.noneOf(Role.class);
        grants.byHelper(sandbox, actor).stream().filter(g -> g.currentOn(today)).forEach(g -> owners.add(g.owner()));
        fuldmagter.byHolder(sandbox, actor).forEach(row -> {
            if (holdsPostFuldmagt(sandbox, actor, row.giver(), today)) {
                owners.add(row.giver());
            }
        });
        owners.remove(actor);
        return List.copyOf(owners);
    }

    private boolean holdsPostFuldmagt(SandboxId sandbox, Role holder, Role giver, LocalDate today) {
        return fuldmagter.byHolder(sandbox, holder).stream()
                .filter(row -> row.giver() == giver && row.status() == Fuldmagt.Status.ACTIVE)
                .filter(row -> row.validUntil() == null || !today.isAfter(row.validUntil()))
                .anyMatch(row -> Area.decode(row.areas()).contains(Area.POST));
    }
}
