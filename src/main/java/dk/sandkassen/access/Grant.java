package dk.sandkassen.access;

import dk.sandkassen.identity.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Access for a helper to an owner's Digital Post.
 *
 * @param folders with the folder model: the own folders given; empty with the mailbox model
 * @param expiresOn the last day it holds; null = until removed
 */
public record Grant(long id, Role owner, Role helper, Model model, Rights rights, Status status,
                    @Nullable String password, @Nullable LocalDate expiresOn, Set<Long> folders,
                    Instant createdAt, @Nullable Instant decidedAt) {

    /** The current borger.dk model (the whole mailbox) or the older e-Boks model (chosen folders). */
    /** The folder model's acceptance password, as the owner may choose it. */
    public static final int MAX_PASSWORD = 40;
    /** Grants asked for or given in one sandbox, of any kind and state: far more than a lesson makes. */
    public static final int MAX_PER_SANDBOX = 100;

    public enum Model { MAILBOX, FOLDERS }

    public enum Rights {
        /** Read, make folders, move, mark read/unread. */
        READ,
        /** Read access plus writing and replying (the authority sees who helped). */
        READ_WRITE,
        /** The folder model's "Redigering": read and organise in the folders given. */
        EDIT;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public static java.util.Optional<Rights> fromId(String id) {
            for (Rights rights : values()) {
                if (rights.id().equals(id)) {
                    return java.util.Optional.of(rights);
                }
            }
            return java.util.Optional.empty();
        }
    }

    public enum Status { REQUESTED, OFFERED, ACTIVE, REJECTED, REVOKED }

    public Grant {
        folders = Set.copyOf(folders);
    }

    /** Holds now: active and not past its last day. */
    public boolean currentOn(LocalDate today) {
        return status == Status.ACTIVE && (expiresOn == null || !today.isAfter(expiresOn));
    }

    public boolean expiredOn(LocalDate today) {
        return status == Status.ACTIVE && expiresOn != null && today.isAfter(expiresOn);
    }
}
