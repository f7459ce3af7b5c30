package dk.sandkassen.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who the learner plays. Each persona has an age range and a life situation that decides
 * the relatives and (later) the letters in the mailbox.
 */
public enum Persona {
    YOUNG(15, 18),
    ADULT(25, 60),
    PENSIONER(67, 90),
    NEWCOMER(20, 45);

    private final int minAge;
    private final int maxAge;

    Persona(int minAge, int maxAge) {
        this.minAge = minAge;
        this.maxAge = maxAge;
    }

    public int minAge() {
        return minAge;
    }

    public int maxAge() {
        return maxAge;
    }

    /** The id used in scenario files and URLs: {@code young}, {@code adult}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The roles of this persona's relatives, the same in every sandbox (their people differ). */
    public List<Role> relatives() {
        return RelativeSpec.forPersona(this).stream().map(RelativeSpec::role).toList();
    }

    public static Optional<Persona> fromId(String id) {
        for (Persona persona : values()) {
            if (persona.id().equals(id)) {
                return Optional.of(persona);
            }
        }
        return Optional.empty();
    }
}
