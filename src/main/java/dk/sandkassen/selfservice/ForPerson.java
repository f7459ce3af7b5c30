package dk.sandkassen.selfservice;

import dk.sandkassen.identity.Person;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Actor;
import java.util.Objects;

/**
 * Whose matter a self-service call is about, and who acts: the person themselves, or a
 * relative who holds a fuldmagt from them. The person is only a wish — every service checks
 * that the actor (from the login) may act for them in the solution's area.
 */
public record ForPerson(Actor acting, Role person) {

    public ForPerson {
        Objects.requireNonNull(acting);
        Objects.requireNonNull(person);
    }

    public static ForPerson own(Actor acting) {
        return new ForPerson(acting, acting.role());
    }

    public boolean isOwn() {
        return acting.role() == person;
    }

    /** The person whose matter it is, as the sandbox has them now; empty if the sandbox has nobody in that role. */
    java.util.Optional<Person> find() {
        return acting.sandbox().household().person(person);
    }
}
