package dk.sandkassen.classroom.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import dk.sandkassen.classroom.ClassRoutes;
import dk.sandkassen.classroom.ClassService;
import dk.sandkassen.classroom.Classroom;
import dk.sandkassen.classroom.Member;
import dk.sandkassen.sandbox.CurrentSandbox;
import java.util.Optional;

/**
 * Loaded by a learner's page when the class moved on (the teacher sent it to the next exercise
 * or started this learner again): starts what the class does now, in the learner's own request.
 */
@Route(ClassRoutes.CONTINUE)
class ContinueView extends Div implements BeforeEnterObserver {

    private final ClassService classes;
    private final CurrentSandbox currentSandbox;
    private final ClassStart start;

    ContinueView(ClassService classes, CurrentSandbox currentSandbox, ClassStart start) {
        this.classes = classes;
        this.currentSandbox = currentSandbox;
        this.start = start;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Member> member = classes.memberOfSession(currentSandbox.sessionOwner());
        Optional<Classroom> classroom = member.flatMap(m -> classes.find(m.classId())).filter(c -> !c.ended());
        if (member.isEmpty() || classroom.isEmpty()) {
            event.forwardTo(ClassRoutes.ENDED);
            return;
        }
        if (classes.runsCurrent(classroom.get(), member.get().sandbox()) && !member.get().resetAsked()) {
            event.forwardTo("");
            return;
        }
        event.forwardTo(start.startCurrent(member.get(), classroom.get()));
    }
}
