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

    /** The kind of a sender an exercise names in free text: "Region …", "… Kommune", a state body, or other. */
    public static SenderCategory guess(String sender) {
        String name = sender.toLowerCase(Locale.ROOT);
        if (name.startsWith("region ")) {
            return REGION;
        }
        if (name.contains("kommune")) {
            return KOMMUNE;
        }
        if (name.contains("styrelse") || name.contains("ministeri") || name.contains("udbetaling danmark")
                || name.contains("skat") || name.contains("politi") || name.contains("forsvar")) {
            return STAT;
        }
        return OEVRIGE;
    }
}
