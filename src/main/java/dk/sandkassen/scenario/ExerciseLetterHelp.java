package dk.sandkassen.scenario;

import dk.sandkassen.post.LetterHelp;
import dk.sandkassen.sandbox.SandboxId;
import org.springframework.stereotype.Component;

/** Hides the letters' explanation while an exercise with {@code letterHelp: false} is under way. */
@Component
class ExerciseLetterHelp implements LetterHelp {

    private final Exercises exercises;

    ExerciseLetterHelp(Exercises exercises) {
        this.exercises = exercises;
    }

    @Override
    public boolean offered(SandboxId sandbox) {
        return exercises.progress(sandbox).map(run -> run.exercise().letterHelp() || run.complete()).orElse(true);
    }
}
