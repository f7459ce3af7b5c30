package dk.sandkassen.safety;

import java.util.Locale;
import java.util.Optional;

/** The learner's answer on a message: "Det her er svindel" or "Det er ægte". */
public enum Verdict {
    FAKE, REAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Verdict> fromId(String id) {
        for (Verdict verdict : values()) {
            if (verdict.id().equals(id)) {
                return Optional.of(verdict);
            }
        }
        return Optional.empty();
    }
}
