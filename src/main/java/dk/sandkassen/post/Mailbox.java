package dk.sandkassen.post;

import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Actor;
import dk.sandkassen.sandbox.SandboxId;
import java.util.Objects;

/**
 * Whose post, looked at by whom: the citizen in their own mailbox, or a relative who was
 * given access ("skift postkasse"). The actor comes from the login (see {@link Actor}); the
 * owner is only a wish — every service method checks what the actor may do in it.
 *
 * @param acting the person acting, from the server-side login
 * @param owner  whose mailbox it is
 */
public record Mailbox(Actor acting, Role owner) {

    public Mailbox {
        Objects.requireNonNull(acting);
        Objects.requireNonNull(owner);
    }

    /** The actor's own mailbox. */
    public static Mailbox own(Actor actor) {
        return new Mailbox(actor, actor.role());
    }

    public SandboxId sandbox() {
        return acting.sandboxId();
    }

    /** The role of the person acting. */
    public Role actor() {
        return acting.role();
    }

    public boolean isOwn() {
        return owner == acting.role();
    }
}
