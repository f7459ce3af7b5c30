package dk.sandkassen.admission;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a session lives while nobody uses it, by how far it got:
 * <ol>
 * <li>a page whose UI never starts (a crawler, a link preview): {@code sandkassen.session.timeout-before-ui} (1 min);
 * <li>a UI that started but was never used — nothing clicked, typed or chosen after the first
 *     page (a script that opens learners by the thousand looks exactly like this):
 *     {@code sandkassen.session.timeout-until-used} (3 min). A learner who is reading is kept
 *     alive by the open page's heartbeat ({@code vaadin.heartbeatInterval}, every minute);
 * <li>a learner who has done something: the full idle timeout (30 min).
 * </ol>
 * See docs/decisions/0009-admission-control.md.
 */
@Component
class LearnerTimeout implements VaadinServiceInitListener {

    /** Node-local (not stored): how many of the UI's own requests this session has sent. */
    private static final String UI_REQUESTS = "admission.ui-requests";

    private final Capacity capacity;
    private final int untilUsed;
    private final int full;

    LearnerTimeout(Capacity capacity, @Value("${sandkassen.session.timeout-until-used:PT3M}") Duration untilUsed,
                   @Value("${spring.session.timeout:${server.servlet.session.timeout:30m}}") Duration full) {
        this.capacity = capacity;
        this.full = seconds(full);
        // Never longer than a learner's own timeout (a test or a kiosk may set that very short).
        this.untilUsed = Math.min(seconds(untilUsed), this.full);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var session = init.getUI().getSession().getSession();
            capacity.uiStarted(session);
            if (session.getMaxInactiveInterval() < untilUsed) {
                session.setMaxInactiveInterval(untilUsed);
            }
        });
    }

    /**
     * A request of a UI ({@code v-r=uidl}): the first is the page's own first navigation, any
     * later one is the learner doing something — from then on the session gets the full timeout.
     */
    void uiRequest(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !stillNew(session)) {
            return;
        }
        Object counted = session.getAttribute(UI_REQUESTS);
        AtomicInteger requests = counted instanceof AtomicInteger count ? count : new AtomicInteger();
        if (counted == null) {
            session.setAttribute(UI_REQUESTS, requests);
        }
        if (requests.incrementAndGet() >= 2) {
            session.setMaxInactiveInterval(full);
            session.removeAttribute(UI_REQUESTS);
        }
    }

    /** A session whose learner has not yet done anything (it has not got the full timeout). */
    boolean stillNew(HttpSession session) {
        return session.getMaxInactiveInterval() < full;
    }

    private static int seconds(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, duration.toSeconds());
    }
}
