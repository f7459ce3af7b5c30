package dk.sandkassen.sandbox;

import dk.sandkassen.sandbox.internal.EventStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Records what happens in a sandbox and tells whoever listens (the exercise panel, the
 * on-screen phone). Listeners are node-local: a learner's UI lives on the node that serves it.
 */
@Service
public class SandboxEvents {

    private static final Logger log = LoggerFactory.getLogger(SandboxEvents.class);

    private final EventStore store;
    private final Clock clock;
    private final Map<SandboxId, Set<Consumer<SandboxEvent>>> listeners = new ConcurrentHashMap<>();
    private final Set<Consumer<SandboxEvent>> everywhere = new CopyOnWriteArraySet<>();

    SandboxEvents(EventStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public SandboxEvent record(SandboxId sandbox, String type, @Nullable String actor, Map<String, String> details) {
        SandboxEvent event = store.insert(sandbox, clock.instant(), type, actor, details);
        // Application-wide listeners first (the exercise engine), then the learner's open UIs.
        for (Consumer<SandboxEvent> listener : everywhere) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.warn("A listener failed on {} in sandbox {}", type, sandbox, e);
            }
        }
        for (Consumer<SandboxEvent> listener : listeners.getOrDefault(sandbox, Set.of())) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.warn("A listener of sandbox {} failed on {}", sandbox, type, e);
            }
        }
        return event;
    }

    public SandboxEvent record(SandboxId sandbox, String type, Map<String, String> details) {
        return record(sandbox, type, null, details);
    }

    public List<SandboxEvent> list(SandboxId sandbox) {
        return store.list(sandbox);
    }

    /** Calls {@code listener} after every event in every sandbox, for the life of the application. */
    public void listenEverywhere(Consumer<SandboxEvent> listener) {
        everywhere.add(listener);
    }

    /** Calls {@code listener} after every event recorded in {@code sandbox}, until the returned handle is run. */
    public Runnable listen(SandboxId sandbox, Consumer<SandboxEvent> listener) {
        listeners.computeIfAbsent(sandbox, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(sandbox, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }
}
