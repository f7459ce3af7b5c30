package dk.sandkassen.classroom;

import java.util.UUID;

public record MemberId(UUID value) {

    public static MemberId parse(String text) {
        return new MemberId(UUID.fromString(text));
    }
}
