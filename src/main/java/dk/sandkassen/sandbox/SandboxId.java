package dk.sandkassen.sandbox;

import java.util.Objects;
import java.util.UUID;

/** Identifies one sandbox. Only the server knows it; the browser holds a session cookie. */
public record SandboxId(UUID value) {

    public SandboxId {
        Objects.requireNonNull(value);
    }

    public static SandboxId random() {
        return new SandboxId(UUID.randomUUID());
    }

    public static SandboxId parse(String text) {
        return new SandboxId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
