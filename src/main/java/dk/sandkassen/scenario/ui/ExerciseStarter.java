package dk.sandkassen.scenario.ui;

import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Authenticator;
import dk.sandkassen.login.CurrentLogin;
import dk.sandkassen.post.ui.PostNavigation;
import dk.sandkassen.sandbox.CurrentSandbox;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxService;
import dk.sandkassen.scenario.Exercise;
import dk.sandkassen.scenario.Exercises;
import org.springframework.stereotype.Component;

/**
 * Starts an exercise for the learner in this browser: a fresh sandbox from the exercise's
 * persona and seed (the old one is purged), its setup, and — if the exercise starts logged
 * in — a login, as if the learner had just done it.
 */
@Component
public class ExerciseStarter {

    private final CurrentSandbox currentSandbox;
    private final CurrentLogin currentLogin;
    private final Exercises exercises;

    ExerciseStarter(CurrentSandbox currentSandbox, CurrentLogin currentLogin, Exercises exercises) {
        this.currentSandbox = currentSandbox;
        this.currentLogin = currentLogin;
        this.exercises = exercises;
    }

    /** @return the route where the learner begins */
    String start(Exercise exercise) {
        long seed = exercise.seed() != null ? exercise.seed() : SandboxService.newSeed();
        return start(exercise, seed);
    }

    /** "Start forfra" inside an exercise: the same person again, from the exercise's start. */
    String restart(Exercise exercise) {
        return start(exercise, currentSandbox.get().seed());
    }

    /** A class's exercise: everybody in the class gets the person of the class's seed. */
    public String startInClass(Exercise exercise, long seed) {
        return start(exercise, seed);
    }

    private String start(Exercise exercise, long seed) {
        Sandbox sandbox = currentSandbox.replace(exercise.persona(), seed);
        exercises.setUp(sandbox, exercise);
        if (exercise.setup().loggedIn()) {
            currentLogin.complete(sandbox, Role.SELF, exercise.login().equals("nemid") ? Authenticator.KEY_CARD
                    : Authenticator.MITID_APP);
        }
        exercises.begin(sandbox, exercise);
        return exercise.setup().loggedIn() ? PostNavigation.MAILBOX : "";
    }
}
