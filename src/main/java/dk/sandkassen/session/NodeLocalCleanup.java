package dk.sandkassen.session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Frees this node's memory of sessions whose rows are gone (expired, or ended on another node). */
@Component
class NodeLocalCleanup {

    private static final Logger log = LoggerFactory.getLogger(NodeLocalCleanup.class);

    private final NodeLocalSessionRepository sessions;

    NodeLocalCleanup(NodeLocalSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Scheduled(fixedDelayString = "${sandkassen.session.local-cleanup-interval:PT1M}")
    void dropEnded() {
        int dropped = sessions.dropEnded();
        if (dropped > 0) {
            log.debug("Dropped node-local state of {} ended session(s)", dropped);
        }
    }
}
