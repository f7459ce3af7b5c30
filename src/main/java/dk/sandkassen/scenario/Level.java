package dk.sandkassen.scenario;

import java.util.Locale;
import java.util.Optional;

/** How much the learner should already know. */
public enum Level {
    BEGINNER, INTERMEDIATE, ADVANCED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Level> fromId(String id) {
        for (Level level : values()) {
            if (level.id().equals(id)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
