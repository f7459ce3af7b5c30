package dk.sandkassen.scenario.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import dk.sandkassen.sandbox.CurrentSandbox;
import dk.sandkassen.scenario.Exercise;
import dk.sandkassen.scenario.ExerciseLibrary;
import dk.sandkassen.scenario.Exercises;
import java.util.Locale;

/**
 * {@code /ovelse/{id}}: the link on a handout or behind a QR code. It starts the exercise
 * straight away and moves on, so a reload does not start it again — unless the learner has
 * already done something in this browser: then it asks first, as the start wipes it. An
 * unknown id explains itself and points to the catalogue.
 */
@Route("ovelse/:id")
class StartExerciseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ExerciseLibrary library;
    private final ExerciseStarter starter;
    private final Exercises exercises;
    private final CurrentSandbox currentSandbox;

    StartExerciseView(ExerciseLibrary library, ExerciseStarter starter, Exercises exercises, CurrentSandbox currentSandbox) {
        this.library = library;
        this.starter = starter;
        this.exercises = exercises;
        this.currentSandbox = currentSandbox;
        addClassName("sk-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("").strip().toUpperCase(Locale.ROOT);
        library.find(id).ifPresentOrElse(
                exercise -> {
                    // A link (a QR code, a bookmark, a second tab) never wipes what the learner has done without asking.
                    if (currentSandbox.peek().filter(exercises::hasProgress).isPresent()) {
                        askFirst(exercise);
                    } else {
                        event.forwardTo(starter.start(exercise));
                    }
                },
                () -> {
                    removeAll();
                    H1 title = new H1(getTranslation("exercise.unknown.title"));
                    Paragraph text = new Paragraph(getTranslation("exercise.unknown.text", id.length() > 12 ? "" : id));
                    add(title, text, new Paragraph(new RouterLink(getTranslation("exercise.unknown.link"), CatalogueView.class)));
                });
    }

    private void askFirst(Exercise exercise) {
        removeAll();
        String title = exercise.title().in(getLocale());
        Button start = new Button(getTranslation("exercise.confirm.start"), e ->
                e.getSource().getUI().ifPresent(ui -> ui.navigate(starter.start(exercise))));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("exercise-confirm-start");
        Button stay = new Button(getTranslation("exercise.confirm.stay"), e ->
                e.getSource().getUI().ifPresent(ui -> ui.navigate("")));
        stay.setId("exercise-confirm-stay");
        Div actions = new Div(start, stay);
        actions.addClassName("sk-actions");
        add(new H1(getTranslation("exercise.confirm.title", title)), new Paragraph(getTranslation("exercise.confirm.text")),
                actions);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exercise.unknown.title");
    }
}
