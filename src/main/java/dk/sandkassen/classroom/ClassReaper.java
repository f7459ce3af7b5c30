package dk.sandkassen.classroom;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Wipes classes that are over — ended by the teacher, past their maximum length, or whose
 * teacher's session is gone — with every learner's session and sandbox. Any node may do it;
 * the deletes are idempotent.
 */
@Component
class ClassReaper {

    private static final Logger log = LoggerFactory.getLogger(ClassReaper.class);

    private final ClassService classes;
    private final Duration grace;

    ClassReaper(ClassService classes, @Value("${sandkassen.class.goodbye-grace:PT3S}") Duration grace) {
        this.classes = classes;
        this.grace = grace;
    }

    @Scheduled(fixedDelayString = "${sandkassen.class.reap-interval:PT2S}")
    void reap() {
        try {
            int wiped = classes.wipeFinished(grace);
            if (wiped > 0) {
                log.info("Wiped {} finished class(es)", wiped);
            }
        } catch (RuntimeException e) {
            log.warn("Could not wipe finished classes", e);
        }
    }
}
