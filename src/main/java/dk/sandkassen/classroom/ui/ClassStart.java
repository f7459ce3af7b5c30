package dk.sandkassen.classroom.ui;

import dk.sandkassen.classroom.ClassService;
import dk.sandkassen.classroom.Classroom;
import dk.sandkassen.classroom.Member;
import dk.sandkassen.sandbox.CurrentSandbox;
import dk.sandkassen.sandbox.SandboxService;
import dk.sandkassen.scenario.Exercise;
import dk.sandkassen.scenario.ui.ExerciseStarter;
import org.springframework.stereotype.Component;

/** Starts the class's current exercise for the learner in this browser, in a request of theirs. */
@Component
class ClassStart {

    private final ClassService classes;
    private final ExerciseStarter starter;
    private final CurrentSandbox currentSandbox;

    ClassStart(ClassService classes, ExerciseStarter starter, CurrentSandbox currentSandbox) {
        this.classes = classes;
        this.starter = starter;
        this.currentSandbox = currentSandbox;
    }

    /** @return the route where the learner begins */
    String startCurrent(Member member, Classroom classroom) {
        Exercise exercise = classes.currentExercise(classroom);
        // Seed 0: the teacher chose that everybody gets a person of their own.
        long seed = classroom.seed() != 0 ? classroom.seed()
                : exercise.seed() != null ? exercise.seed() : SandboxService.newSeed();
        String route = starter.startInClass(exercise, seed);
        classes.seat(member, currentSandbox.id());
        return route;
    }
}
