package dk.sandkassen.scenario.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import dk.sandkassen.scenario.Exercise;
import dk.sandkassen.scenario.Progress;
import java.util.Optional;

/** The completion screen, shown the moment the last step is done; "Luk" lets the learner keep practising. */
class CompletionDialog extends Dialog {

    CompletionDialog(Progress progress, Optional<Exercise> next, ExerciseStarter starter) {
        setId("exercise-complete");
        setHeaderTitle(getTranslation("exercise.complete.dialog-title"));
        add(new CompletionSummary(progress, next, starter, this::close, "dialog"));
        Button stay = new Button(getTranslation("exercise.complete.stay"), e -> close());
        stay.setId("exercise-stay");
        getFooter().add(stay);
        setWidth("min(36rem, 95vw)");
    }
}
