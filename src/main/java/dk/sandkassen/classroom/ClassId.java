package dk.sandkassen.classroom;

import java.util.UUID;

public record ClassId(UUID value) {

    static ClassId random() {
        return new ClassId(UUID.randomUUID());
    }
}
