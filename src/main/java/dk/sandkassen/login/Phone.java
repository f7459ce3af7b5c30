package dk.sandkassen.login;

import dk.sandkassen.identity.Role;
import dk.sandkassen.sandbox.SandboxId;
import java.util.Objects;

/**
 * The on-screen phone and whose it is: the person logged in, or, before anyone logs in, the
 * citizen the learner plays — their phone gets messages whether or not they are logged in.
 * It only receives (notifications, MitID requests); it is not an {@link Actor} and acts in
 * no service. Made from the login ({@link CurrentLogin#phone()}) or from an actor.
 */
public final class Phone {

    private final SandboxId sandbox;
    private final Role holder;

    Phone(SandboxId sandbox, Role holder) {
        this.sandbox = Objects.requireNonNull(sandbox);
        this.holder = Objects.requireNonNull(holder);
    }

    /** The actor's own phone: whoever acts may read what arrives on it. */
    public static Phone of(Actor actor) {
        return new Phone(actor.sandboxId(), actor.role());
    }

    public SandboxId sandbox() {
        return sandbox;
    }

    public Role holder() {
        return holder;
    }
}
