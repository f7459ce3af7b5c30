package dk.sandkassen.session;

import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The attributes this node keeps in memory, per session id. */
final class NodeLocalState {

    private static final Logger log = LoggerFactory.getLogger(NodeLocalState.class);

    private final Map<String, Map<String, Object>> bySessionId = new ConcurrentHashMap<>();
    /** New ids given in a request that has not yet saved them to the database (a login), and since when. */
    private final Map<String, Instant> renamedNotSaved = new ConcurrentHashMap<>();

    Map<String, Object> attributes(String sessionId) {
        return bySessionId.computeIfAbsent(sessionId, id -> new ConcurrentHashMap<>());
    }

    @Nullable
    Map<String, Object> attributesIfAny(String sessionId) {
        return bySessionId.get(sessionId);
    }

    void moved(String oldId, String newId) {
        Map<String, Object> attributes = bySessionId.remove(oldId);
        if (attributes != null) {
            renamedNotSaved.put(newId, Instant.now());
            bySessionId.put(newId, attributes);
        }
    }

    /** The session's row now has this id: the rename is done. */
    void saved(String sessionId) {
        renamedNotSaved.remove(sessionId);
    }

    /** Until the request that renamed a session saves it, its row still has the old id: not ended. */
    boolean isBeingRenamed(String sessionId) {
        return renamedNotSaved.containsKey(sessionId);
    }

    /** A request that failed between rename and save leaves its new id here; forget it after a while. */
    void forgetRenamesBefore(Instant instant) {
        renamedNotSaved.values().removeIf(since -> since.isBefore(instant));
    }

    Set<String> sessionIds() {
        return Set.copyOf(bySessionId.keySet());
    }

    int size() {
        return bySessionId.size();
    }

    /**
     * Forgets a session whose database row is gone, telling attributes that listen (Vaadin's
     * session closes its UIs and frees what they hold), as a servlet container would.
     */
    void drop(String sessionId) {
        Map<String, Object> attributes = bySessionId.remove(sessionId);
        if (attributes == null) {
            return;
        }
        attributes.forEach((name, value) -> {
            if (value instanceof HttpSessionBindingListener listener) {
                try {
                    listener.valueUnbound(new HttpSessionBindingEvent(DroppedSession.of(sessionId), name, value));
                } catch (RuntimeException e) {
                    log.debug("Could not unbind {} of dropped session", name, e);
                }
            }
        });
    }
}
