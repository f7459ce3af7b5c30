package dk.sandkassen.scenario.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import dk.sandkassen.scenario.Exercise;
import dk.sandkassen.scenario.Progress;
import dk.sandkassen.scenario.Step;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What the learner did and learned, and what to try next: the end of an exercise. */
class CompletionSummary extends Div {

    /** @param where "panel" or "dialog": the summary is on the page twice while the dialog is open */
    CompletionSummary(Progress progress, Optional<Exercise> next, ExerciseStarter starter, Runnable leaving, String where) {
        addClassName("sk-completion");
        Exercise exercise = progress.exercise();
        H3 well = new H3(getTranslation("exercise.complete.title"));
        well.addClassName("sk-completion-title");
        add(well);
        long minutes = Math.max(1, Duration.between(progress.startedAt(), Objects.requireNonNull(progress.completedAt()))
                .toMinutes());
        add(new Paragraph(getTranslation("exercise.complete.lead", exercise.title().in(getLocale()), minutes)));
        if (exercise.summary() != null) {
            add(new Paragraph(getTranslation("exercise.complete.learned", exercise.summary().in(getLocale()))));
        }
        if (where.equals("dialog")) {
            // The panel shows the steps, all green, right above its summary.
            UnorderedList did = new UnorderedList();
            did.addClassName("sk-completion-steps");
            for (Step step : exercise.steps()) {
                did.add(new ListItem(step.text().in(getLocale())));
            }
            add(new Paragraph(getTranslation("exercise.complete.you-did")), did);
        }

        Div actions = new Div();
        actions.addClassName("sk-exercise-actions");
        next.ifPresent(suggestion -> {
            Paragraph nextText = new Paragraph(getTranslation("exercise.complete.next", suggestion.title().in(getLocale())));
            nextText.addClassName("sk-completion-next");
            add(nextText);
            Button start = new Button(getTranslation("exercise.complete.start-next"), e -> {
                UI ui = UI.getCurrent();
                leaving.run();
                String route = starter.start(suggestion);
                ui.navigate(route);
            });
            start.setId(where + "-next");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(start);
        });
        Button again = new Button(getTranslation("exercise.complete.again"), e -> {
            leaving.run();
            UI.getCurrent().navigate(starter.restart(exercise));
        });
        again.setId(where + "-again");
        RouterLink all = new RouterLink(getTranslation("exercise.complete.all"), CatalogueView.class);
        all.setId(where + "-all");
        all.getElement().addEventListener("click", e -> leaving.run());
        actions.add(again, all);
        add(actions);
    }
}
