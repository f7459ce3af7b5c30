package dk.sandkassen.login;

import java.util.Locale;
import java.util.Optional;

/** NemID (the historic login, 2010–2023) or MitID (today's). */
public enum LoginMethod {
    NEMID, MITID;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LoginMethod> fromId(String id) {
        for (LoginMethod method : values()) {
            if (method.id().equals(id)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
