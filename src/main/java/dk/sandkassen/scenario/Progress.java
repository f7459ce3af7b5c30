package dk.sandkassen.scenario;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** How far a learner has come in an exercise: the steps done (and when), and whether it is complete. */
public record Progress(Exercise exercise, Map<String, Instant> done, Instant startedAt, @Nullable Instant completedAt) {

    public Progress {
        done = Map.copyOf(done);
    }

    public boolean isDone(Step step) {
        return done.containsKey(step.id());
    }

    /** The first step not done yet; empty when the exercise is complete. */
    public Optional<Step> current() {
        return exercise.steps().stream().filter(step -> !isDone(step)).findFirst();
    }

    public int doneCount() {
        return (int) exercise.steps().stream().filter(this::isDone).count();
    }

    public int stepCount() {
        return exercise.steps().size();
    }

    public boolean complete() {
        return completedAt != null;
    }
}
