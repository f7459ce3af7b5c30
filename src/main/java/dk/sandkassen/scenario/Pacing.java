package dk.sandkassen.scenario;

import java.util.Locale;
import java.util.Optional;

/** How a class moves through a lesson. */
public enum Pacing {
    /** "Frit tempo": each learner goes on to the next exercise when done. */
    SELF,
    /** "Følg mig": the teacher moves the whole class on to the next exercise. */
    FOLLOW;

    /** The id in lesson files: {@code self}, {@code follow}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The translation key of the name teachers and learners see ("Frit tempo", "Følg mig"). */
    public String labelKey() {
        return "lesson.pacing." + id();
    }

    public static Optional<Pacing> fromId(String id) {
        for (Pacing pacing : values()) {
            if (pacing.id().equals(id)) {
                return Optional.of(pacing);
            }
        }
        return Optional.empty();
    }
}
