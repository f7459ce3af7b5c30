package dk.sandkassen.classroom.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import dk.sandkassen.classroom.ClassId;
import dk.sandkassen.classroom.ClassRoutes;
import dk.sandkassen.classroom.ClassService;
import dk.sandkassen.classroom.ClassWatch;
import dk.sandkassen.classroom.Classroom;
import dk.sandkassen.scenario.Pacing;
import dk.sandkassen.scenario.Exercise;
import dk.sandkassen.scenario.ui.HandoutLinks;
import dk.sandkassen.shared.QrCode;
import dk.sandkassen.shared.ui.ConfirmDialog;
import dk.sandkassen.shared.ui.Notice;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The teacher's board: who has joined, every learner's steps as they turn green, raised hands
 * first, who seems stuck, and the class's controls. Whoever holds the link's secret key is
 * the teacher; a class code never leads here. It follows the class live (decision 0012).
 */
@Route(ClassRoutes.BOARD + "/:key")
class BoardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassService classes;
    private final ClassWatch watch;
    private final HandoutLinks links;
    private final Div controls = new Div();
    private final Div summary = new Div();
    private final BoardTable table;
    private final Span announcer = new Span();
    private @Nullable ClassId classId;
    private String key = "";
    private Runnable stopWatching = () -> { };
    private @Nullable Registration ticking;
    private Set<String> handsSeen = new HashSet<>();
    private String title = "";
    private @Nullable Classroom shown;
    private final Paragraph followState = new Paragraph();
    private final Paragraph exerciseLine = new Paragraph();
    private final Paragraph countsLine = new Paragraph();
    private final Button openNext = new Button("", e -> openNext());
    private final Button nextExercise = new Button("", e -> nextExercise());
    private final Button end = new Button("", e -> confirmEnd());

    BoardView(ClassService classes, ClassWatch watch, HandoutLinks links) {
        this.classes = classes;
        this.watch = watch;
        this.links = links;
        this.table = new BoardTable(classes, this::confirmRemove, this::render);
        addClassNames("sk-page", "sk-class-board");
        announcer.addClassName("sk-visually-hidden");
        announcer.getElement().setAttribute("aria-live", "assertive");
        controls.addClassName("sk-class-controls");
        summary.addClassName("sk-class-summary");
        summary.setId("class-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        summary.add(exerciseLine, countsLine);
        followState.setId("class-follow-state");
        openNext.setId("class-open-next");
        openNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        nextExercise.setId("class-next-exercise");
        nextExercise.setText(getTranslation("class.board.next-exercise"));
        end.setId("class-end");
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        end.setText(getTranslation("class.board.end"));
        controls.add(followState, openNext, nextExercise, end);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        key = event.getRouteParameters().get("key").orElse("");
        Optional<Classroom> found = classes.byTeacherKey(key).filter(c -> !c.ended());
        removeAll();
        if (found.isEmpty()) {
            classId = null;
            add(new H1(getTranslation("class.board.gone-title")),
                    Notice.of(Notice.Kind.INFO, getTranslation("class.board.gone")));
            return;
        }
        classId = found.get().id();
        title = found.get().title(getLocale());
        handsSeen = new HashSet<>();
        H1 heading = new H1(title);
        heading.setId("class-board-title");
        add(heading, announcer, join(found.get()), controls, summary, table);
        render();
    }

    private Div join(Classroom classroom) {
        String url = links.absolute(ClassRoutes.join(classroom.code()));
        Span code = new Span(classroom.code().spaced());
        code.setId("class-code-shown");
        code.addClassName("sk-class-code");
        code.getElement().setAttribute("aria-label", getTranslation("class.board.code-aria",
                String.join(" ", classroom.code().value().split(""))));
        Anchor link = new Anchor(url, url);
        link.setId("class-link");
        Image qr = new Image(QrCode.svgDataUri(url), getTranslation("class.board.qr"));
        qr.addClassName("sk-class-qr-small");
        Anchor projector = new Anchor(ClassRoutes.PROJECTOR + "/" + classroom.teacherKey(), getTranslation("class.board.projector"));
        projector.setTarget("_blank");
        projector.setId("class-projector");
        Anchor sheet = new Anchor(ClassSheet.download(classroom, classes, links, this), getTranslation("class.board.sheet"));
        sheet.setTarget("_blank");
        sheet.setId("class-sheet");
        Div text = new Div(new Paragraph(getTranslation("class.board.join-with")), code, new Div(link), new Div(projector, new Span(" · "), sheet));
        Div box = new Div(qr, text);
        box.addClassName("sk-class-join-box");
        // Opened as localhost, the link and the QR code work only on this computer: say which addresses to use.
        links.localOnlyInsteadUse().ifPresent(addresses -> {
            Notice localOnly = Notice.of(Notice.Kind.WARNING, addresses.isEmpty()
                    ? getTranslation("teacher.local-only") : getTranslation("teacher.local-only-use", String.join("  ", addresses)));
            localOnly.setId("class-local-only");
            text.add(localOnly);
        });
        return box;
    }

    /** Re-reads the class and draws it; on every change, wherever it was made, and every 20 s (the clocks). */
    private void render() {
        if (classId == null) {
            return;
        }
        Optional<Classroom> now = classes.find(classId).filter(c -> !c.ended());
        if (now.isEmpty()) {
            removeAll();
            add(new H1(getTranslation("class.board.gone-title")), Notice.of(Notice.Kind.INFO, getTranslation("class.board.gone")));
            classId = null;
            return;
        }
        Classroom classroom = now.get();
        Exercise exercise = classes.currentExercise(classroom);
        BoardTable.Drawn drawn = table.draw(classroom, exercise);
        // Set only when changed: the summary is a live region, and the same words again are noise.
        setIfChanged(exerciseLine, getTranslation("class.board.exercise", classroom.currentExercise() + 1,
                classroom.exerciseIds().size(), exercise.title().in(getLocale())));
        setIfChanged(countsLine, getTranslation("class.board.counts", drawn.members(), drawn.hands(), drawn.stuck()));
        Set<String> hands = drawn.handNames();
        hands.stream().filter(name -> !handsSeen.contains(name)).findFirst()
                .ifPresent(name -> announcer.setText(getTranslation("class.board.hand-announce", name)));
        handsSeen = hands;
        controls(classroom, exercise);
    }

    /**
     * The class's buttons are made once and only changed afterwards: the board redraws whenever a
     * learner does something, and a button made anew at that moment would swallow the teacher's
     * click (found in CI: "Åbn trin 2" pressed while a hand went up did nothing) and lose the focus.
     */
    private void controls(Classroom classroom, Exercise exercise) {
        shown = classroom;
        boolean follow = classroom.pacing() == Pacing.FOLLOW;
        followState.setVisible(follow);
        openNext.setVisible(follow);
        if (follow) {
            int open = classroom.openSteps();
            int steps = exercise.steps().size();
            followState.setText(getTranslation("class.board.follow-open", Math.min(open, steps), steps));
            boolean more = open < steps;
            openNext.setText(more ? getTranslation("class.board.open-next", open + 1) : getTranslation("class.board.all-open"));
            openNext.setEnabled(more);
        }
        nextExercise.setVisible(classroom.hasNextExercise());
    }

    static void setIfChanged(com.vaadin.flow.component.HasText component, String text) {
        if (!text.equals(component.getText())) {
            component.setText(text);
        }
    }

    private void openNext() {
        if (shown != null) {
            classes.openNextStep(shown);
            render();
        }
    }

    private void nextExercise() {
        if (shown != null) {
            classes.nextExercise(shown);
            render();
        }
    }

    private void confirmEnd() {
        Classroom classroom = shown;
        if (classroom == null) {
            return;
        }
        new ConfirmDialog(getTranslation("class.board.end-title"), getTranslation("class.board.end-text"),
                getTranslation("class.board.end-confirm"), () -> {
                    classes.end(classroom);
                    render();
                }).open();
    }

    private void confirmRemove(Classroom classroom, dk.sandkassen.classroom.Member member) {
        new ConfirmDialog(getTranslation("class.board.remove-title", member.nickname()),
                getTranslation("class.board.remove-text"), getTranslation("class.board.remove-confirm"), () -> {
                    classes.remove(classroom, member.id());
                    render();
                }).open();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        if (classId != null) {
            stopWatching = watch.watch(classId, () -> ui.access(this::render));
        }
        ui.setPollInterval(20_000);
        ticking = ui.addPollListener(e -> render());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopWatching.run();
        stopWatching = () -> { };
        if (ticking != null) {
            ticking.remove();
            event.getUI().setPollInterval(-1);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("class.board.page-title", title);
    }
}
