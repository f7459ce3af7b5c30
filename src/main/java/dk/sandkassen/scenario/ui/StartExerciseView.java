package dk.sandkassen.scenario.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dk.sandkassen.scenario.ExerciseLibrary;
import java.util.Locale;

/**
 * {@code /ovelse/{id}}: the link on a handout or behind a QR code. It starts the exercise
 * straight away and moves on, so a reload does not start it again; an unknown id explains
 * itself and points to the catalogue.
 */
@Route("ovelse/:id")
class StartExerciseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ExerciseLibrary library;
    private final ExerciseStarter starter;

    StartExerciseView(ExerciseLibrary library, ExerciseStarter starter) {
        this.library = library;
        this.starter = starter;
        addClassName("sk-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("").strip().toUpperCase(Locale.ROOT);
        library.find(id).ifPresentOrElse(
                exercise -> event.forwardTo(starter.start(exercise)),
                () -> {
                    removeAll();
                    H1 title = new H1(getTranslation("exercise.unknown.title"));
                    Paragraph text = new Paragraph(getTranslation("exercise.unknown.text", id.length() > 12 ? "" : id));
                    add(title, text, new Paragraph(new RouterLink(getTranslation("exercise.unknown.link"), CatalogueView.class)));
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exercise.unknown.title");
    }
}
