package dk.sandkassen.scenario;

import dk.sandkassen.sandbox.SandboxId;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the exercise engine and its panel need to know about a class, without knowing classes:
 * the classroom feature implements it. A sandbox outside a class has no seat.
 */
public interface ClassSeats {

    /**
     * A learner's seat in a class.
     *
     * @param openSteps how many steps of the exercise the learner may complete now (the teacher
     *                  opens them one by one in "Følg mig"); {@link Integer#MAX_VALUE} in "Frit tempo"
     * @param moveOn    the route the learner's page must load because the class moved on (the
     *                  teacher sent it to the next exercise, started the learner again, removed
     *                  the learner or ended the class); empty while the learner stays where they are
     */
    record Seat(String nickname, String classTitle, boolean handRaised, int openSteps, Optional<String> moveOn,
                String restartRoute) {
    }

    Optional<Seat> seat(SandboxId sandbox);

    /** "Jeg har brug for hjælp": the learner's hand goes up on the teacher's board. */
    void raiseHand(SandboxId sandbox);

    /** "Start forfra" in a class: the learner's page then loads {@link Seat#restartRoute()}. */
    void restart(SandboxId sandbox);

    /** Calls {@code onChange} (on any thread) when the learner's class changes, until the handle is run. */
    Runnable watch(SandboxId sandbox, Consumer<Optional<Seat>> onChange);

    /** No classes at all (tests of the engine alone). */
    ClassSeats NONE = new ClassSeats() {
        @Override
        public Optional<Seat> seat(SandboxId sandbox) {
            return Optional.empty();
        }

        @Override
        public void raiseHand(SandboxId sandbox) {
        }

        @Override
        public void restart(SandboxId sandbox) {
        }

        @Override
        public Runnable watch(SandboxId sandbox, Consumer<Optional<Seat>> onChange) {
            return () -> { };
        }
    };
}
