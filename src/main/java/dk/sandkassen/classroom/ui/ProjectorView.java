package dk.sandkassen.classroom.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.sandkassen.classroom.ClassId;
import dk.sandkassen.classroom.ClassRoutes;
import dk.sandkassen.classroom.ClassService;
import dk.sandkassen.classroom.ClassWatch;
import dk.sandkassen.classroom.Classroom;
import dk.sandkassen.scenario.Pacing;
import dk.sandkassen.scenario.Exercise;
import dk.sandkassen.scenario.ui.HandoutLinks;
import dk.sandkassen.shared.QrCode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the projector shows the room: the code large, the QR code, how many have joined, the
 * lesson, and in "Følg mig" the step to do now. Never a name or anyone's result.
 */
@Route(value = ClassRoutes.PROJECTOR + "/:key", autoLayout = false)
class ProjectorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassService classes;
    private final ClassWatch watch;
    private final HandoutLinks links;
    private final Div live = new Div();
    private @Nullable ClassId classId;
    private String title = "";
    private Runnable stopWatching = () -> { };

    ProjectorView(ClassService classes, ClassWatch watch, HandoutLinks links) {
        this.classes = classes;
        this.watch = watch;
        this.links = links;
        addClassName("sk-projector");
        live.addClassName("sk-projector-live");
        live.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Classroom> found = event.getRouteParameters().get("key").flatMap(classes::byTeacherKey)
                .filter(c -> !c.ended());
        if (found.isEmpty()) {
            add(new H1(getTranslation("class.board.gone-title")));
            return;
        }
        Classroom classroom = found.get();
        classId = classroom.id();
        title = classroom.title(getLocale());
        String url = links.absolute(ClassRoutes.join(classroom.code()));
        H1 heading = new H1(title);
        Span code = new Span(classroom.code().spaced());
        code.setId("projector-code");
        code.addClassName("sk-projector-code");
        Image qr = new Image(QrCode.svgDataUri(url), getTranslation("class.board.qr"));
        qr.addClassName("sk-projector-qr");
        Paragraph how = new Paragraph(getTranslation("class.projector.how", url));
        how.addClassName("sk-projector-how");
        Div join = new Div(qr, new Div(new Paragraph(getTranslation("class.board.join-with")), code, how));
        join.addClassName("sk-projector-join");
        add(heading, join, live);
        render();
    }

    private void render() {
        live.removeAll();
        Optional<Classroom> now = classId == null ? Optional.empty() : classes.find(classId).filter(c -> !c.ended());
        if (now.isEmpty()) {
            live.add(new Paragraph(getTranslation("class.ended.title")));
            return;
        }
        Classroom classroom = now.get();
        Exercise exercise = classes.currentExercise(classroom);
        Paragraph joined = new Paragraph(getTranslation("class.projector.joined", classes.members(classroom.id()).size()));
        joined.setId("projector-joined");
        Paragraph lesson = new Paragraph(getTranslation("class.board.exercise", classroom.currentExercise() + 1,
                classroom.exerciseIds().size(), exercise.title().in(getLocale())));
        lesson.setId("projector-exercise");
        live.add(joined, lesson);
        if (classroom.pacing() == Pacing.FOLLOW) {
            int open = Math.min(classroom.openSteps(), exercise.steps().size());
            Paragraph step = new Paragraph(getTranslation("class.projector.step", open,
                    exercise.steps().get(open - 1).text().in(getLocale())));
            step.setId("projector-step");
            step.addClassName("sk-projector-step");
            live.add(step);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        if (classId != null) {
            stopWatching = watch.watch(classId, () -> ui.access(this::render));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopWatching.run();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
