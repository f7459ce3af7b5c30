package dk.sandkassen.admission;

import dk.sandkassen.session.NodeLocalSessionRepository;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many learner sessions this node holds at most. A learner's open UI holds about 430 KiB
 * of heap (measured, docs/performance.md); past what the heap holds, the node thrashes and
 * then dies. Unless {@code sandkassen.capacity.max-sessions} says otherwise, the cap is what
 * fits in three quarters of the maximum heap after 150 MiB for the application itself. A
 * session whose UI has not started weighs about 5 KiB (measured by the flood test): those may
 * be {@value #WAITING_PER_LEARNER} times as many, so that a crawler's burst of page loads does
 * not close the node to learners.
 */
@Component
public class Capacity {

    static final long APPLICATION_BYTES = 150L * 1024 * 1024;
    static final int WAITING_PER_LEARNER = 8;

    private final NodeLocalSessionRepository sessions;
    private final AtomicInteger withUi = new AtomicInteger();
    private final int maxSessions;

    Capacity(NodeLocalSessionRepository sessions, @Value("${sandkassen.capacity.max-sessions:0}") int configured,
             @Value("${sandkassen.capacity.session-kib:430}") int sessionKib) {
        this.sessions = sessions;
        this.maxSessions = configured > 0 ? configured : derived(Runtime.getRuntime().maxMemory(), sessionKib);
    }

    /** Three quarters of the heap, less what the application needs, in sessions of {@code sessionKib}; at least 10. */
    static int derived(long maxHeapBytes, int sessionKib) {
        long usable = maxHeapBytes / 4 * 3 - APPLICATION_BYTES;
        return (int) Math.max(10, Math.min(Integer.MAX_VALUE, usable / (sessionKib * 1024L)));
    }

    public int maxSessions() {
        return maxSessions;
    }

    /** Sessions on this node whose UI started: the learners. */
    public int openSessions() {
        return withUi.get();
    }

    /** Every session on this node, also those whose UI has not started (yet). */
    public int allSessions() {
        return sessions.localSessions();
    }

    /** No room for a new learner now. */
    public boolean isFull() {
        return openSessions() >= maxSessions || allSessions() >= maxSessions * WAITING_PER_LEARNER;
    }

    /**
     * Counts this session as a learner's until it ends: the mark is told when the node lets go
     * of the session (expired, ended, or gone on another node), as a servlet container would.
     */
    void uiStarted(com.vaadin.flow.server.WrappedSession session) {
        if (session.getAttribute(Learner.ATTRIBUTE) == null) {
            withUi.incrementAndGet();
            session.setAttribute(Learner.ATTRIBUTE, new Learner(withUi));
        }
    }

    private static final class Learner implements HttpSessionBindingListener {

        static final String ATTRIBUTE = "admission.learner";
        private final AtomicInteger count;
        private final AtomicBoolean counted = new AtomicBoolean(true);

        Learner(AtomicInteger count) {
            this.count = count;
        }

        @Override
        public void valueUnbound(HttpSessionBindingEvent event) {
            if (counted.compareAndSet(true, false)) {
                count.decrementAndGet();
            }
        }
    }
}
