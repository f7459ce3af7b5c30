package dk.sandkassen.post;

import dk.sandkassen.identity.Role;
import dk.sandkassen.sandbox.SandboxId;

/**
 * Whose post, looked at by whom: the citizen in their own mailbox, or a relative who was
 * given access ("skift postkasse"). Every service method checks the actor's rights.
 */
public record Mailbox(SandboxId sandbox, Role owner, Role actor) {

    public static Mailbox own(SandboxId sandbox, Role owner) {
        return new Mailbox(sandbox, owner, owner);
    }

    public boolean isOwn() {
        return owner == actor;
    }
}
