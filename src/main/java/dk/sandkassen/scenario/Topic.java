package dk.sandkassen.scenario;

import java.util.Locale;
import java.util.Optional;

/**
 * What an exercise is about; the catalogue groups by it, in this order. {@code online-safety}
 * ("Sikker på nettet") holds the exercises on fake messages, fake pages and pressure calls.
 */
public enum Topic {
    LOGIN, SAFETY, ONLINE_SAFETY, POST, FOLDERS, NOTIFICATIONS, READ_ACCESS, FULDMAGT, SELF_SERVICE, EXEMPTION;

    /** The id in scenario files: {@code login}, {@code read-access}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Topic> fromId(String id) {
        for (Topic topic : values()) {
            if (topic.id().equals(id)) {
                return Optional.of(topic);
            }
        }
        return Optional.empty();
    }
}
