package dk.sandkassen.scenario;

import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxEvent;
import dk.sandkassen.sandbox.SandboxId;
import dk.sandkassen.sandbox.SandboxService;
import dk.sandkassen.scenario.internal.CheckEvaluator;
import dk.sandkassen.scenario.internal.LiveSandboxView;
import dk.sandkassen.scenario.internal.RunStore;
import dk.sandkassen.scenario.internal.SetupApplier;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The exercise engine: sets up an exercise's sandbox, then checks the learner's progress
 * after every event in it — so a step turns green the moment the learner does the thing.
 * Steps are done in order; a step is done the first time its check holds, and stays done.
 */
@Service
public class Exercises {

    private static final Logger log = LoggerFactory.getLogger(Exercises.class);

    private final ExerciseLibrary library;
    private final RunStore runs;
    private final SetupApplier setup;
    private final SandboxService sandboxes;
    private final LiveSandboxView.Services services;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final Map<SandboxId, Set<Consumer<Progress>>> listeners = new ConcurrentHashMap<>();
    private final org.springframework.beans.factory.ObjectProvider<ClassSeats> seats;
    private final org.springframework.context.ApplicationEventPublisher publisher;

    /** Published after a step is done in a sandbox, in the checking transaction (a class's board counts it). */
    public record StepsDone(SandboxId sandbox, Progress progress) {
    }

    Exercises(ExerciseLibrary library, RunStore runs, SetupApplier setup, SandboxService sandboxes,
              LiveSandboxView.Services services, PlatformTransactionManager transactionManager, Clock clock,
              org.springframework.beans.factory.ObjectProvider<ClassSeats> seats,
              org.springframework.context.ApplicationEventPublisher publisher) {
        this.seats = seats;
        this.publisher = publisher;
        this.library = library;
        this.runs = runs;
        this.setup = setup;
        this.sandboxes = sandboxes;
        this.services = services;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        // Its own transaction: the learner's has committed, and the engine's failure must never touch it.
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Prepares a fresh sandbox for {@code exercise} (folders, letters, requests). Call
     * {@link #begin} after anything else the start needs, such as logging the learner in.
     */
    public void setUp(Sandbox sandbox, Exercise exercise) {
        setup.apply(sandbox, exercise);
    }

    /** From now on the sandbox runs {@code exercise}; its steps are checked at once and after every event. */
    public Progress begin(Sandbox sandbox, Exercise exercise) {
        runs.start(sandbox.id(), exercise.id(), clock.instant());
        return evaluate(sandbox).orElseThrow();
    }

    /** {@link #setUp} and {@link #begin} in one, for a start that needs nothing in between. */
    public Progress start(Sandbox sandbox, Exercise exercise) {
        setUp(sandbox, exercise);
        return begin(sandbox, exercise);
    }

    /** The exercise this sandbox runs and how far the learner is; empty outside an exercise. */
    public Optional<Progress> progress(SandboxId sandbox) {
        return runs.find(sandbox).flatMap(row -> library.find(row.exerciseId())
                .map(exercise -> new Progress(exercise, row.stepsDone(), row.startedAt(), row.completedAt())));
    }

    /**
     * Whether the learner has done anything in this sandbox since it was made, or since its
     * exercise began (an exercise's own setup does not count): what a link that starts afresh
     * must not throw away without asking.
     */
    public boolean hasProgress(Sandbox sandbox) {
        java.time.Instant since = runs.find(sandbox.id()).map(RunStore.Row::startedAt).orElse(sandbox.createdAt());
        return services.events().list(sandbox.id()).stream()
                .anyMatch(event -> event.actor() != null && event.occurredAt().isAfter(since));
    }

    /** The runs of many sandboxes at once, for a class's board. */
    public Map<SandboxId, Progress> progress(java.util.Collection<SandboxId> sandboxes) {
        Map<SandboxId, Progress> all = new java.util.HashMap<>();
        runs.findAll(sandboxes).forEach((id, row) -> library.find(row.exerciseId()).ifPresent(exercise ->
                all.put(id, new Progress(exercise, row.stepsDone(), row.startedAt(), row.completedAt()))));
        return all;
    }

    /**
     * Checks the steps again without an event: the teacher opened the next step in "Følg mig",
     * and what the learner already did there now counts.
     */
    public void recheck(SandboxId sandbox) {
        check(sandbox, "a step opened by the teacher");
    }

    /** The learner leaves the exercise and keeps practising freely in the same sandbox. */
    public void leave(SandboxId sandbox) {
        runs.end(sandbox);
    }

    /** Calls {@code listener} whenever a step is done in {@code sandbox}, until the returned handle is run. */
    public Runnable listen(SandboxId sandbox, Consumer<Progress> listener) {
        listeners.computeIfAbsent(sandbox, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(sandbox, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /**
     * After the learner's transaction has committed (decision 0005): checks the steps in a
     * transaction of its own. A failure here is logged and the step stays open; what the
     * learner did stands.
     *
     * <p>In a learner's request the check waits until the request's own work is done (Vaadin runs
     * it just before it writes the answer, so the step still turns green in that answer): right
     * after the commit the request still holds its database connection, and a check that needed
     * a second one could wait for the pool forever when every request did the same (found by
     * the flood test: ten requests, ten connections, all waiting).
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Order(0)
    void onEvent(SandboxEvent event) {
        VaadinSession session = VaadinSession.getCurrent();
        if (VaadinRequest.getCurrent() != null && session != null && session.hasLock()) {
            session.access(() -> check(event.sandboxId(), event.type()));
        } else {
            check(event.sandboxId(), event.type());
        }
    }

    private void check(SandboxId sandbox, String after) {
        try {
            transactions.executeWithoutResult(status -> {
                if (runs.exists(sandbox)) {
                    sandboxes.find(sandbox).ifPresent(this::evaluate);
                }
            });
        } catch (RuntimeException e) {
            log.warn("Could not check the exercise in sandbox {} after {}", sandbox, after, e);
        }
    }

    private Optional<Progress> evaluate(Sandbox sandbox) {
        Optional<Progress> before = progress(sandbox.id());
        if (before.isEmpty() || before.get().complete()) {
            return before;
        }
        Progress progress = before.get();
        LiveSandboxView view = new LiveSandboxView(sandbox, services);
        boolean changed = false;
        // In a class that follows the teacher, a step counts only once the teacher has opened it.
        int open = seats.getIfAvailable(() -> ClassSeats.NONE).seat(sandbox.id())
                .map(ClassSeats.Seat::openSteps).orElse(Integer.MAX_VALUE);
        int index = 0;
        for (Step step : progress.exercise().steps()) {
            if (index++ >= open) {
                break;
            }
            if (progress.isDone(step)) {
                continue;
            }
            if (!CheckEvaluator.holds(step.check(), view)) {
                break;
            }
            changed |= runs.stepDone(sandbox.id(), step.id(), clock.instant());
        }
        Optional<Progress> after = progress(sandbox.id());
        if (changed && after.isPresent() && after.get().doneCount() == after.get().stepCount()) {
            runs.completed(sandbox.id(), clock.instant());
            after = progress(sandbox.id());
        }
        if (changed) {
            Progress now = after.orElseThrow();
            publisher.publishEvent(new StepsDone(sandbox.id(), now));
            listeners.getOrDefault(sandbox.id(), Set.of()).forEach(listener -> listener.accept(now));
        }
        return after;
    }
}
