package dk.sandkassen.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * A person's place in the sandbox: the citizen the learner plays ({@link #SELF}) or one of
 * their relatives. Scenario files name relatives by {@link #id()}.
 */
public enum Role {
    SELF, SPOUSE, DAUGHTER, SON, MOTHER, FATHER, NEIGHBOUR, VOLUNTEER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isRelative() {
        return this != SELF;
    }

    public static Optional<Role> fromId(String id) {
        for (Role role : values()) {
            if (role.id().equals(id)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
