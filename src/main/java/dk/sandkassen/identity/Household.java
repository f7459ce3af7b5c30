package dk.sandkassen.identity;

import java.util.List;
import java.util.Optional;

/** The citizen a learner plays in one sandbox, and that citizen's relatives. */
public record Household(Persona persona, long seed, Person citizen, List<Person> relatives) {

    public Household {
        relatives = List.copyOf(relatives);
        if (citizen.role() != Role.SELF) {
            throw new IllegalArgumentException("The citizen has role SELF");
        }
    }

    public Optional<Person> relative(Role role) {
        return relatives.stream().filter(p -> p.role() == role).findFirst();
    }

    public Optional<Person> person(Role role) {
        return role == Role.SELF ? Optional.of(citizen) : relative(role);
    }

    /** The citizen first, then the relatives. */
    public List<Person> everyone() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(citizen), relatives.stream()).toList();
    }
}
