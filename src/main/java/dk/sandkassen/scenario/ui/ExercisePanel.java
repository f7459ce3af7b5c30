package dk.sandkassen.scenario.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import dk.sandkassen.sandbox.CurrentSandbox;
import dk.sandkassen.sandbox.SandboxId;
import dk.sandkassen.scenario.ExerciseLibrary;
import dk.sandkassen.scenario.Exercises;
import dk.sandkassen.scenario.Progress;
import dk.sandkassen.scenario.Step;
import dk.sandkassen.scenario.Text;
import dk.sandkassen.shared.ui.ReadAloud;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Beside the simulated portal while an exercise runs (below it on a phone): the steps, the
 * current one highlighted, a progress bar, the hint on request, and "Start forfra". A step
 * turns green the moment the learner does it; the last one opens the completion screen.
 */
@SpringComponent
@UIScope
public class ExercisePanel extends Aside {

    static final String COLLAPSED = "sandkassen.exercise-panel.collapsed";
    /** From this window width (64rem) the panel sits beside the portal; below, it is a bar at the bottom. */
    static final int WIDE = 1024;

    private final Exercises exercises;
    private final ExerciseLibrary library;
    private final ExerciseStarter starter;
    private final CurrentSandbox currentSandbox;
    /** Made when the panel first shows an exercise, let go when none runs: most pages of most learners have none. */
    private @Nullable Parts parts;
    private @Nullable SandboxId following;
    private Runnable stopFollowing = () -> { };
    private @Nullable String hintShownFor;
    private int announcedDone = -1;
    private final dk.sandkassen.scenario.ClassSeats seats;
    private Runnable stopWatchingClass = () -> { };
    private Optional<dk.sandkassen.scenario.ClassSeats.Seat> seat = Optional.empty();

    ExercisePanel(Exercises exercises, ExerciseLibrary library, ExerciseStarter starter, CurrentSandbox currentSandbox,
                  org.springframework.beans.factory.ObjectProvider<dk.sandkassen.scenario.ClassSeats> seats) {
        this.seats = seats.getIfAvailable(() -> dk.sandkassen.scenario.ClassSeats.NONE);
        this.exercises = exercises;
        this.library = library;
        this.starter = starter;
        this.currentSandbox = currentSandbox;
        setId("exercise-panel");
        addClassName("sk-exercise-panel");
        getElement().setAttribute("aria-label", getTranslation("exercise.panel.label"));
        setVisible(false);
    }

    /** The live region that tells a screen reader of progress, the panel's body, and the fold button kept across redraws. */
    private final class Parts {
        final Span announcer = new Span();
        final Div body = new Div();
        final Button toggle = new Button();

        Parts() {
            announcer.addClassName("sk-visually-hidden");
            announcer.getElement().setAttribute("aria-live", "polite");
            toggle.setId("exercise-toggle");
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            toggle.addClickListener(e -> setCollapsed(!isCollapsed()));
            body.addClassName("sk-exercise-body");
            body.setId("exercise-body");
            add(announcer, body);
        }
    }

    private Parts parts() {
        if (parts == null) {
            parts = new Parts();
        }
        return parts;
    }

    /** Called after every navigation: shows the exercise of the current sandbox, if it runs one. */
    public void refresh() {
        SandboxId sandbox = currentSandbox.peekId().orElse(null);
        if (!Objects.equals(sandbox, following)) {
            follow(sandbox);
        }
        seat = sandbox == null ? Optional.empty() : seats.seat(sandbox);
        show(sandbox == null ? Optional.empty() : exercises.progress(sandbox));
    }

    private void follow(@Nullable SandboxId sandbox) {
        stopFollowing.run();
        stopWatchingClass.run();
        stopWatchingClass = () -> { };
        following = sandbox;
        announcedDone = -1;
        hintShownFor = null;
        if (sandbox == null) {
            stopFollowing = () -> { };
            return;
        }
        UI ui = UI.getCurrent();
        stopFollowing = exercises.listen(sandbox, progress -> ui.access(() -> show(Optional.of(progress))));
        // In a class: the teacher opens the next step, sends the class on, or ends it.
        // Every change in the class (a classmate's step, a hand) reaches every learner's page: only
        // a change of the learner's own seat redraws the panel, so a click on "Vis hint" or "Jeg har
        // brug for hjælp" is never lost to a redraw made for somebody else, and the focus stays put.
        stopWatchingClass = seats.watch(sandbox, changed -> ui.access(() -> {
            if (changed.equals(seat)) {
                return;
            }
            seat = changed;
            Optional<String> moveOn = changed.flatMap(dk.sandkassen.scenario.ClassSeats.Seat::moveOn);
            if (moveOn.isPresent()) {
                ui.getPage().setLocation(moveOn.get());
            } else if (following != null) {
                show(exercises.progress(following));
            }
        }));
    }

    private void show(Optional<Progress> progress) {
        setVisible(progress.isPresent());
        if (progress.isEmpty()) {
            removeAll();
            parts = null;
            return;
        }
        Div body = parts().body;
        Button toggle = parts().toggle;
        body.removeAll();
        Progress p = progress.get();
        announce(p);
        Span label = new Span(getTranslation("exercise.panel.label"));
        label.addClassName("sk-exercise-kicker");
        H2 title = new H2(p.exercise().title().in(getLocale()));
        title.setId("exercise-title");
        Div head = new Div(new Div(label, title), toggle);
        head.addClassName("sk-exercise-head");
        body.add(head);
        seat.ifPresent(inClass -> body.add(classBox(inClass)));
        toggle.setText(getTranslation(isCollapsed() ? "exercise.panel.show" : "exercise.panel.hide"));
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(!isCollapsed()));
        toggle.getElement().setAttribute("aria-controls", "exercise-steps");

        ProgressBar bar = new ProgressBar(0, p.stepCount(), p.doneCount());
        bar.setId("exercise-progress");
        bar.getElement().setAttribute("aria-label", getTranslation("exercise.panel.progress", p.doneCount(), p.stepCount()));
        Span count = new Span(getTranslation("exercise.panel.progress", p.doneCount(), p.stepCount()));
        count.addClassName("sk-exercise-count");
        body.add(bar, count);

        Div details = new Div();
        details.setId("exercise-steps");
        details.setVisible(!isCollapsed());
        if (isCollapsed() && !p.complete()) {
            // Folded up (the default on a tablet or phone, where the panel is a bar at the bottom):
            // the step to do now and its hint stay in sight.
            p.current().ifPresent(step -> body.add(current(step, waiting(p, step))));
        }
        body.add(details);
        if (p.complete()) {
            if (seat.isPresent()) {
                // In a class the teacher says what comes next.
                Paragraph wait = new Paragraph(getTranslation("class.panel.complete"));
                wait.setId("class-panel-complete");
                wait.addClassName("sk-class-complete");
                details.add(steps(p), wait);
            } else {
                details.add(steps(p), new CompletionSummary(p, library.after(p.exercise()), starter, () -> { }, "panel"));
            }
        } else {
            details.add(steps(p), actions(p));
        }
    }

    private OrderedList steps(Progress p) {
        OrderedList list = new OrderedList();
        list.addClassName("sk-exercise-steps");
        Step current = p.current().orElse(null);
        for (Step step : p.exercise().steps()) {
            ListItem item = new ListItem();
            item.getElement().setAttribute("data-step", step.id());
            Span text = new Span(step.text().in(getLocale()));
            if (p.isDone(step)) {
                item.addClassName("sk-step-done");
                Span status = new Span(getTranslation("exercise.step.done"));
                status.addClassName("sk-visually-hidden");
                item.add(text, status);
            } else if (step == current && waiting(p, step)) {
                item.addClassName("sk-step-waiting");
                item.getElement().setAttribute("aria-current", "step");
                Span status = new Span(getTranslation("class.panel.waiting"));
                status.addClassName("sk-step-waiting-note");
                item.add(text, status);
            } else if (step == current) {
                item.addClassName("sk-step-current");
                item.getElement().setAttribute("aria-current", "step");
                item.add(text, readAloud(step.text(), getTranslation("readaloud.what.step")));
                if (step.hint() != null) {
                    item.add(hint(step));
                }
            } else {
                item.addClassName("sk-step-later");
                item.add(text);
            }
            list.add(item);
        }
        return list;
    }

    /** "Følg mig": the step is the learner's next, but the teacher has not opened it yet. */
    private boolean waiting(Progress p, Step step) {
        return seat.map(s -> p.exercise().steps().indexOf(step) >= s.openSteps()).orElse(false);
    }

    /** In a class: its title, the learner's nickname, and "Jeg har brug for hjælp". */
    private Div classBox(dk.sandkassen.scenario.ClassSeats.Seat inClass) {
        Span who = new Span(getTranslation("class.panel.you-are", inClass.nickname()));
        who.setId("class-panel-name");
        Div box = new Div(who);
        box.addClassName("sk-class-box");
        if (inClass.handRaised()) {
            Span raised = new Span(getTranslation("class.panel.hand-raised"));
            raised.setId("class-hand-raised");
            raised.addClassName("sk-class-hand-raised");
            box.add(raised);
        } else {
            Button help = new Button(getTranslation("class.panel.need-help"), e -> {
                if (following != null) {
                    seats.raiseHand(following);
                    seat = seats.seat(following);
                    parts().announcer.setText(getTranslation("class.panel.hand-raised"));
                    refresh();
                }
            });
            help.setId("class-need-help");
            box.add(help);
        }
        return box;
    }

    private Div current(Step step, boolean waiting) {
        Span now = new Span(getTranslation("exercise.panel.now"));
        now.addClassName("sk-exercise-now");
        Span text = new Span(step.text().in(getLocale()));
        Div current = new Div(now, text, readAloud(step.text(), getTranslation("readaloud.what.step")));
        current.setId("exercise-current");
        current.addClassName("sk-exercise-current");
        current.getElement().setAttribute("data-step", step.id());
        if (waiting) {
            Span note = new Span(getTranslation("class.panel.waiting"));
            note.addClassName("sk-step-waiting-note");
            current.add(note);
        } else if (step.hint() != null) {
            current.add(hint(step));
        }
        return current;
    }

    private Div hint(Step step) {
        boolean open = step.id().equals(hintShownFor);
        Paragraph text = new Paragraph(Objects.requireNonNull(step.hint()).in(getLocale()));
        text.setId("exercise-hint");
        text.addClassName("sk-exercise-hint");
        text.setVisible(open);
        Button show = new Button(getTranslation(open ? "exercise.hint.hide" : "exercise.hint.show"));
        show.setId("exercise-show-hint");
        show.addThemeVariants(ButtonVariant.LUMO_SMALL);
        show.getElement().setAttribute("aria-expanded", String.valueOf(open));
        show.getElement().setAttribute("aria-controls", "exercise-hint");
        show.addClickListener(e -> {
            hintShownFor = open ? null : step.id();
            refresh();
        });
        Div hint = new Div(show, text);
        if (open) {
            hint.add(readAloud(Objects.requireNonNull(step.hint()), getTranslation("readaloud.what.hint")));
        }
        return hint;
    }

    /** "Læs op" for a step or hint, in the voice of the language the text is shown in. */
    private ReadAloud readAloud(Text text, String what) {
        return new ReadAloud(text.in(getLocale()), text.languageIn(getLocale()), what);
    }

    private Div actions(Progress p) {
        Button restart = new Button(getTranslation("exercise.restart"), e -> {
            if (seat.isPresent() && following != null) {
                // In a class the class starts it again, so the learner keeps their seat on the board.
                seats.restart(following);
                UI.getCurrent().getPage().setLocation(seat.get().restartRoute());
                return;
            }
            String route = starter.restart(p.exercise());
            UI.getCurrent().navigate(route);
        });
        restart.setId("exercise-restart");
        Button leave = new Button(getTranslation("exercise.leave"), e -> {
            exercises.leave(currentSandbox.id());
            refresh();
        });
        leave.setId("exercise-leave");
        leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        leave.setVisible(seat.isEmpty());
        Div actions = new Div(restart, leave);
        actions.addClassName("sk-exercise-actions");
        return actions;
    }

    /** Tells a screen reader when a step turns green; the completion screen speaks for itself. */
    private void announce(Progress p) {
        if (announcedDone >= 0 && p.doneCount() > announcedDone) {
            parts().announcer.setText(p.complete() ? getTranslation("exercise.announce.complete")
                    : getTranslation("exercise.announce.step", p.doneCount(), p.stepCount()));
            if (p.complete()) {
                if (seat.isEmpty()) {
                    new CompletionDialog(p, library.after(p.exercise()), starter).open();
                }
            }
        }
        announcedDone = p.doneCount();
    }

    /** Folded up if the learner folded it, or — until they choose — on a screen too narrow for it beside the portal. */
    private boolean isCollapsed() {
        Object chosen = VaadinSession.getCurrent().getAttribute(COLLAPSED);
        if (chosen instanceof Boolean collapsed) {
            return collapsed;
        }
        ExtendedClientDetails screen = UI.getCurrent().getInternals().getExtendedClientDetails();
        return screen != null && screen.getWindowInnerWidth() > 0 && screen.getWindowInnerWidth() < WIDE;
    }

    private void setCollapsed(boolean collapsed) {
        VaadinSession.getCurrent().setAttribute(COLLAPSED, collapsed);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh();
        // On a narrow screen the panel is a bar fixed at the bottom: the page keeps room for it
        // below its content, as tall as the bar is, so that the bar never hides what must be clicked.
        getElement().executeJs("""
                const panel = this;
                const room = () => document.documentElement.style.setProperty('--sk-sheet',
                    getComputedStyle(panel).position === 'fixed' ? panel.offsetHeight + 'px' : '0px');
                new ResizeObserver(room).observe(panel);
                window.addEventListener('resize', room);
                room();""");
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopFollowing.run();
        stopWatchingClass.run();
        following = null;
    }
}
