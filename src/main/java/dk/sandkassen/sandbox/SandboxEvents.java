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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records what happens in a sandbox and, once the learner's transaction has committed, tells
 * whoever listens: the exercise engine (a Spring transactional event listener) and the
 * learner's open UIs (the exercise panel, the on-screen phone). A listener runs after the
 * commit, so it never sees a change that is rolled back, and its failure can never undo what
 * the learner did. UI listeners are node-local: a learner's UI lives on the node that serves it.
 */
@Service
public class SandboxEvents {

    private static final Logger log = LoggerFactory.getLogger(SandboxEvents.class);

    private final EventStore store;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final Map<SandboxId, Set<Consumer<SandboxEvent>>> listeners = new ConcurrentHashMap<>();

    SandboxEvents(EventStore store, Clock clock, ApplicationEventPublisher publisher) {
        this.store = store;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** Stores the event; listeners hear of it after the surrounding transaction commits (at once without one). */
    public SandboxEvent record(SandboxId sandbox, String type, @Nullable String actor, Map<String, String> details) {
        SandboxEvent event = store.insert(sandbox, clock.instant(), type, actor, details);
        publisher.publishEvent(event);
        return event;
    }

    public SandboxEvent record(SandboxId sandbox, String type, Map<String, String> details) {
        return record(sandbox, type, null, details);
    }

    public List<SandboxEvent> list(SandboxId sandbox) {
        return store.list(sandbox);
    }

    /** Calls {@code listener} after every event recorded in {@code sandbox}, until the returned handle is run. */
    public Runnable listen(SandboxId sandbox, Consumer<SandboxEvent> listener) {
        listeners.computeIfAbsent(sandbox, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(sandbox, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** After the exercise engine (order 0): the learner's open UIs hear of the event. */
    @TransactionalEventListener(fallbackExecution = true)
    @Order(100)
    void tellOpenUis(SandboxEvent event) {
        for (Consumer<SandboxEvent> listener : listeners.getOrDefault(event.sandboxId(), Set.of())) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.warn("A listener of sandbox {} failed on {}", event.sandboxId(), event.type(), e);
            }
        }
    }
}
