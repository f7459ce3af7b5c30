package dk.sandkassen.sandbox;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Purges sandboxes that no live session owns: left behind by a crash, a restart with a file
 * database, or a session end that could not purge. A grace period protects a sandbox that is
 * being created right now.
 */
@Component
class OrphanSweep {

    private static final Logger log = LoggerFactory.getLogger(OrphanSweep.class);

    private final SandboxService sandboxes;
    private final SessionBinding binding;
    private final Clock clock;
    private final Duration grace;

    OrphanSweep(SandboxService sandboxes, SessionBinding binding, Clock clock,
                @Value("${sandkassen.sweep.grace:PT1M}") Duration grace) {
        this.sandboxes = sandboxes;
        this.binding = binding;
        this.clock = clock;
        this.grace = grace;
    }

    @Scheduled(fixedDelayString = "${sandkassen.sweep.interval:PT1M}", initialDelayString = "${sandkassen.sweep.interval:PT1M}")
    public int sweep() {
        int purged = 0;
        for (SandboxId id : sandboxes.createdBefore(clock.instant().minus(grace))) {
            if (!binding.isBound(id) && sandboxes.purge(id)) {
                purged++;
            }
        }
        if (purged > 0) {
            log.info("Swept {} orphaned sandbox(es)", purged);
        }
        return purged;
    }
}
