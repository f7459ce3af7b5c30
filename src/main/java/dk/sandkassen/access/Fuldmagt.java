package dk.sandkassen.access;

import dk.sandkassen.identity.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A digital fuldmagt: the giver lets the holder act on their behalf in the areas covered.
 *
 * @param requestedBy who started it: the giver (gave it) or the holder (asked for it)
 * @param validUntil the last day it holds; null = until revoked
 */
public record Fuldmagt(long id, Role giver, Role holder, Set<Area> areas, Status status, Role requestedBy,
                       @Nullable LocalDate validUntil, Instant createdAt, @Nullable Instant decidedAt) {

    /** Fuldmagter asked for or given in one sandbox, of any state: far more than a lesson makes. */
    public static final int MAX_PER_SANDBOX = 100;

    /** PAPER: asked for on behalf of someone without MitID, waiting for their signed letter. */
    public enum Status { REQUESTED, PAPER, ACTIVE, REJECTED, REVOKED }

    public Fuldmagt {
        areas = Set.copyOf(areas);
    }

    public boolean currentOn(LocalDate today) {
        return status == Status.ACTIVE && (validUntil == null || !today.isAfter(validUntil));
    }
}
