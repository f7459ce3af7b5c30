package dk.sandkassen.post;

import java.util.Locale;
import java.util.Optional;

/** The kinds of authority in "Vælg myndighed": state, region, municipality, other. */
public enum SenderCategory {
    STAT, REGION, KOMMUNE, OEVRIGE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SenderCategory> fromId(String id) {
        for (SenderCategory category : values()) {
            if (category.id().equals(id)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
