package dk.sandkassen.admission;

import dk.sandkassen.session.NodeLocalSessionRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many learner sessions this node holds at most. A learner's open UI holds about 430 KiB
 * of heap (measured, docs/performance.md); past what the heap holds, the node thrashes and
 * then dies. Unless {@code sandkassen.capacity.max-sessions} says otherwise, the cap is what
 * fits in three quarters of the maximum heap after 150 MiB for the application itself.
 */
@Component
public class Capacity {

    static final long APPLICATION_BYTES = 150L * 1024 * 1024;

    private final NodeLocalSessionRepository sessions;
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

    public int openSessions() {
        return sessions.localSessions();
    }

    /** No room for a new learner now. */
    public boolean isFull() {
        return openSessions() >= maxSessions;
    }
}
