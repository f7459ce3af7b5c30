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
    private final java.time.Duration idle;

    NodeLocalCleanup(NodeLocalSessionRepository sessions,
                     @org.springframework.beans.factory.annotation.Value("${spring.session.timeout:${server.servlet.session.timeout:30m}}")
                     java.time.Duration idle) {
        this.sessions = sessions;
        this.idle = idle;
    }

    /**
     * An open page keeps its session's row fresh (its heartbeat), so the database alone would
     * never expire a learner who left the tab open and went home: end it here when the learner
     * has done nothing for the idle timeout (decision 0010).
     */
    @Scheduled(fixedDelayString = "${sandkassen.session.idle-check-interval:PT30S}")
    void endIdle() {
        int ended = sessions.endIdle(idle);
        if (ended > 0) {
            log.info("Ended {} session(s) idle for {}", ended, idle);
        }
    }

    @Scheduled(fixedDelayString = "${sandkassen.session.local-cleanup-interval:PT1M}")
    void dropEnded() {
        int dropped = sessions.dropEnded();
        if (dropped > 0) {
            log.debug("Dropped node-local state of {} ended session(s)", dropped);
        }
    }
}
