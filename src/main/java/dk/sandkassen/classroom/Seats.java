package dk.sandkassen.classroom;

import dk.sandkassen.sandbox.SandboxId;
import dk.sandkassen.scenario.ClassSeats;
import dk.sandkassen.scenario.Exercises;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The exercise engine's and panel's view of a class (see {@link ClassSeats}). */
@Component
class Seats implements ClassSeats {

    private final ClassService classes;
    private final ClassWatch watch;

    Seats(ClassService classes, ClassWatch watch) {
        this.classes = classes;
        this.watch = watch;
    }

    @Override
    public Optional<Seat> seat(SandboxId sandbox) {
        return classes.memberOfSandbox(sandbox).flatMap(member -> classes.find(member.classId())
                .map(classroom -> seat(member, classroom, sandbox)));
    }

    private Seat seat(Member member, Classroom classroom, SandboxId sandbox) {
        Optional<String> moveOn = Optional.empty();
        if (classroom.ended()) {
            moveOn = Optional.of(ClassRoutes.ENDED);
        } else if (member.resetAsked() || !classes.runsCurrent(classroom, sandbox)) {
            moveOn = Optional.of(ClassRoutes.CONTINUE);
        }
        return new Seat(member.nickname(), classroom.titleDa(), member.handRaised(), classroom.stepsOpen(), moveOn,
                ClassRoutes.CONTINUE);
    }

    @Override
    public void raiseHand(SandboxId sandbox) {
        classes.raiseHand(sandbox);
    }

    @Override
    public void restart(SandboxId sandbox) {
        classes.memberOfSandbox(sandbox).ifPresent(member -> classes.askReset(member));
    }

    @Override
    public Runnable watch(SandboxId sandbox, Consumer<Optional<Seat>> onChange) {
        return classes.memberOfSandbox(sandbox).map(member -> watch.watch(member.classId(), () -> {
            Optional<Seat> now = seat(sandbox);
            // Taken off the class (or the class is gone): the page must leave it.
            onChange.accept(now.isPresent() ? now : Optional.of(new Seat(member.nickname(), "", false,
                    Integer.MAX_VALUE, Optional.of(ClassRoutes.ENDED), ClassRoutes.CONTINUE)));
        })).orElse(() -> { });
    }

    /** A step done anywhere in a class moves its board (on every node, by the version). */
    @EventListener
    void onStepsDone(Exercises.StepsDone done) {
        classes.stepsDone(done.sandbox());
    }
}
