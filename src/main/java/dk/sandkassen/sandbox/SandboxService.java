package dk.sandkassen.sandbox;

import dk.sandkassen.identity.IdentityFactory;
import dk.sandkassen.identity.Persona;
import dk.sandkassen.sandbox.internal.SandboxStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, finds and purges sandboxes. Purging deletes every row of the sandbox at once. */
@Service
public class SandboxService {

    private static final Logger log = LoggerFactory.getLogger(SandboxService.class);

    private final SandboxStore store;
    private final IdentityFactory identities;
    private final List<SandboxSeeder> seeders;
    private final Clock clock;

    SandboxService(SandboxStore store, IdentityFactory identities, List<SandboxSeeder> seeders, Clock clock) {
        this.store = store;
        this.identities = identities;
        this.seeders = seeders;
        this.clock = clock;
    }

    /** A short, readable seed: teachers write it on the board to give everyone the same citizen. */
    public static long newSeed() {
        return ThreadLocalRandom.current().nextLong(100_000, 1_000_000);
    }

    /** A sandbox no session owns (benchmarks, tests); the orphan sweep removes it after a while. */
    @Transactional
    public Sandbox create(Persona persona, long seed) {
        return create(persona, seed, null);
    }

    /**
     * @param sessionPrimaryId the stored session that owns the sandbox: when that session's row
     *                         is deleted, the database deletes the sandbox with it
     */
    @Transactional
    public Sandbox create(Persona persona, long seed, @Nullable String sessionPrimaryId) {
        Sandbox sandbox = new Sandbox(SandboxId.random(), clock.instant(), identities.create(persona, seed));
        store.insert(sandbox, sessionPrimaryId);
        seeders.forEach(seeder -> seeder.seed(sandbox));
        log.debug("Created sandbox {} ({}, seed {})", sandbox.id(), persona.id(), seed);
        return sandbox;
    }

    @Transactional(readOnly = true)
    public Optional<Sandbox> find(SandboxId id) {
        return store.find(id);
    }

    /**
     * The people have moved to {@code address}: from now on the sandbox shows it everywhere (the
     * welcome page, the next letters, the kommune). Only a service that has checked who may
     * report the move calls this ({@code selfservice.MoveService}).
     *
     * @return the sandbox as it is now
     */
    @Transactional
    public Sandbox changeAddress(SandboxId id, java.util.Collection<dk.sandkassen.identity.Role> people,
                                 dk.sandkassen.identity.Address address) {
        store.changeAddress(id, people, address);
        return store.find(id).orElseThrow();
    }

    public boolean exists(SandboxId id) {
        return store.exists(id);
    }

    /** Deletes the sandbox and, through ON DELETE CASCADE, every row that belongs to it. */
    @Transactional
    public boolean purge(SandboxId id) {
        boolean deleted = store.delete(id);
        if (deleted) {
            log.debug("Purged sandbox {}", id);
        }
        return deleted;
    }

    List<SandboxId> unownedCreatedBefore(Instant instant) {
        return store.unownedCreatedBefore(instant);
    }

    public long count() {
        return store.count();
    }
}
