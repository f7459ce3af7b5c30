package dk.sandkassen.sandbox;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Purges sandboxes that no session owns. A sandbox bound to a browser session is deleted
 * with its session row (ON DELETE CASCADE); this sweep catches the rest: sandboxes made
 * outside a browser (benchmarks, tests) and any left behind by a failure between creating
 * and binding. A grace period protects one that is being created right now.
 */
@Component
class OrphanSweep {

    private static final Logger log = LoggerFactory.getLogger(OrphanSweep.class);

    private final SandboxService sandboxes;
    private final Clock clock;
    private final Duration grace;

    OrphanSweep(SandboxService sandboxes, Clock clock, @Value("${sandkassen.sweep.grace:PT1M}") Duration grace) {
        this.sandboxes = sandboxes;
        this.clock = clock;
        this.grace = grace;
    }

    @Scheduled(fixedDelayString = "${sandkassen.sweep.interval:PT1M}", initialDelayString = "${sandkassen.sweep.interval:PT1M}")
    public int sweep() {
        return sweep(grace);
    }

    int sweep(Duration olderThan) {
        int purged = 0;
        for (SandboxId id : sandboxes.unownedCreatedBefore(clock.instant().minus(olderThan))) {
            if (sandboxes.purge(id)) {
                purged++;
            }
        }
        if (purged > 0) {
            log.info("Swept {} orphaned sandbox(es)", purged);
        }
        return purged;
    }
}
