package dk.sandkassen.post;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A folder in a mailbox: one of the standard folders, or an own folder by its id. In URLs:
 * {@code indbakke}, {@code kladder}, {@code sendt}, {@code slettet} or {@code mappe-12}.
 */
public record FolderRef(Kind kind, @Nullable Long customId) {

    public enum Kind {
        INBOX("indbakke"), DRAFTS("kladder"), SENT("sendt"), DELETED("slettet"), CUSTOM("mappe");

        private final String token;

        Kind(String token) {
            this.token = token;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final FolderRef INBOX = new FolderRef(Kind.INBOX, null);
    public static final FolderRef DRAFTS = new FolderRef(Kind.DRAFTS, null);
    public static final FolderRef SENT = new FolderRef(Kind.SENT, null);
    public static final FolderRef DELETED = new FolderRef(Kind.DELETED, null);

    public FolderRef {
        if ((kind == Kind.CUSTOM) != (customId != null)) {
            throw new IllegalArgumentException("Only own folders have an id");
        }
    }

    public static FolderRef custom(long id) {
        return new FolderRef(Kind.CUSTOM, id);
    }

    public boolean isCustom() {
        return kind == Kind.CUSTOM;
    }

    public String token() {
        return kind == Kind.CUSTOM ? kind.token + "-" + customId : kind.token;
    }

    public static Optional<FolderRef> parse(String token) {
        for (Kind kind : Kind.values()) {
            if (kind != Kind.CUSTOM && kind.token.equals(token)) {
                return Optional.of(new FolderRef(kind, null));
            }
        }
        if (token.matches("mappe-\\d{1,18}")) {
            return Optional.of(custom(Long.parseLong(token.substring(6))));
        }
        return Optional.empty();
    }
}
