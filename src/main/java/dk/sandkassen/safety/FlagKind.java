package dk.sandkassen.safety;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of red flag the official advice names (borger.dk "Reagér kun på sikre beskeder",
 * mitid.dk on phishing): each has an explanation the learner is shown (translation key
 * {@code safety.flag.<id>}).
 */
public enum FlagKind {
    SENDER, DOMAIN, URGENCY, REQUEST, LINK, LANGUAGE, REWARD, THREAT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FlagKind> fromId(String id) {
        for (FlagKind kind : values()) {
            if (kind.id().equals(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
