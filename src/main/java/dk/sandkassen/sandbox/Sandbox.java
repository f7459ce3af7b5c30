package dk.sandkassen.sandbox;

import dk.sandkassen.identity.Household;
import dk.sandkassen.identity.Person;
import dk.sandkassen.identity.Persona;
import java.time.Instant;

/** One learner's world as it was created: who they are and from which seed. */
public record Sandbox(SandboxId id, Instant createdAt, Household household) {

    public long seed() {
        return household.seed();
    }

    public Persona persona() {
        return household.persona();
    }

    public Person citizen() {
        return household.citizen();
    }
}
