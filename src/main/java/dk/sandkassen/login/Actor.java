package dk.sandkassen.login;

import dk.sandkassen.identity.Person;
import dk.sandkassen.identity.Role;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxId;
import java.util.Objects;

/**
 * The person acting in a sandbox: who the services check every read and change against.
 * Only this package makes one — from the server-side login ({@link CurrentLogin#actor()}),
 * or for the simulated world and the exercise engine ({@link Actors}) — so a view cannot
 * pass itself off as someone else: it can only hand on the actor it was given.
 * See docs/decisions/0008-the-actor-comes-from-the-login.md.
 */
public final class Actor {

    private final Sandbox sandbox;
    private final Role role;

    Actor(Sandbox sandbox, Role role) {
        this.sandbox = Objects.requireNonNull(sandbox);
        this.role = Objects.requireNonNull(role);
        if (sandbox.household().person(role).isEmpty()) {
            throw new IllegalArgumentException("No " + role.id() + " in sandbox " + sandbox.id());
        }
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    public SandboxId sandboxId() {
        return sandbox.id();
    }

    public Role role() {
        return role;
    }

    public Person person() {
        return sandbox.household().person(role).orElseThrow();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Actor that && sandbox.id().equals(that.sandbox.id()) && role == that.role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sandbox.id(), role);
    }

    @Override
    public String toString() {
        return role.id() + "@" + sandbox.id();
    }
}
