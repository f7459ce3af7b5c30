package dk.sandkassen.safety;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The look-alike page behind a fake link, and the fields it asks for (translation keys
 * {@code safety.fake.field.<field>}). Whatever is typed in them is never kept.
 */
public enum FakePage {
    MITID(List.of("user-id", "password")),
    BANK(List.of("user-id", "password", "cpr")),
    CARD(List.of("card-name", "card-number", "card-expiry", "card-cvc"));

    private final List<String> fields;

    FakePage(List<String> fields) {
        this.fields = fields;
    }

    public List<String> fields() {
        return fields;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FakePage> fromId(String id) {
        for (FakePage page : values()) {
            if (page.id().equals(id)) {
                return Optional.of(page);
            }
        }
        return Optional.empty();
    }
}
