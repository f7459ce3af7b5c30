package dk.sandkassen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import dk.sandkassen.identity.Persona;
import dk.sandkassen.sandbox.CurrentSandbox;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxService;

/**
 * "Start forfra": throw away everything and begin again, as a new person, as the same person,
 * or as the person with a number the teacher gave the class.
 */
class StartOverDialog extends Dialog {

    enum Choice { NEW_PERSON, SAME_PERSON, NUMBER }

    private final CurrentSandbox currentSandbox;
    private final Sandbox current;
    private final RadioButtonGroup<Choice> choice = new RadioButtonGroup<>();
    private final RadioButtonGroup<Persona> persona = new RadioButtonGroup<>();
    private final IntegerField number = new IntegerField();

    StartOverDialog(CurrentSandbox currentSandbox) {
        this.currentSandbox = currentSandbox;
        this.current = currentSandbox.get();
        setHeaderTitle(getTranslation("start-over.title"));
        addClassName("sk-dialog");

        choice.setLabel(getTranslation("start-over.choice"));
        choice.setItems(Choice.values());
        choice.setItemLabelGenerator(c -> switch (c) {
            case NEW_PERSON -> getTranslation("start-over.new-person");
            case SAME_PERSON -> getTranslation("start-over.same-person", String.valueOf(current.seed()));
            case NUMBER -> getTranslation("start-over.number");
        });
        choice.setValue(Choice.NEW_PERSON);
        choice.addThemeName("vertical");

        persona.setLabel(getTranslation("start-over.persona"));
        persona.setItems(Persona.values());
        persona.setItemLabelGenerator(p -> getTranslation("persona." + p.id()));
        persona.setValue(current.persona());
        persona.addThemeName("vertical");

        number.setLabel(getTranslation("start-over.number-label"));
        number.setHelperText(getTranslation("start-over.number-help"));
        number.setMin(1);
        number.setVisible(false);
        choice.addValueChangeListener(e -> {
            number.setVisible(e.getValue() == Choice.NUMBER);
            persona.setEnabled(e.getValue() != Choice.SAME_PERSON);
            if (e.getValue() == Choice.SAME_PERSON) {
                persona.setValue(current.persona());
            }
        });

        add(new Paragraph(getTranslation("start-over.warning")), choice, number, persona);

        Button start = new Button(getTranslation("start-over.confirm"), e -> startOver());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, start);
    }

    private void startOver() {
        long seed = switch (choice.getValue()) {
            case NEW_PERSON -> SandboxService.newSeed();
            case SAME_PERSON -> current.seed();
            case NUMBER -> {
                Integer typed = number.getValue();
                if (typed == null || typed < 1) {
                    number.setInvalid(true);
                    number.setErrorMessage(getTranslation("start-over.number-invalid"));
                    number.focus();
                    yield -1;
                }
                yield typed;
            }
        };
        if (seed < 0) {
            return;
        }
        currentSandbox.replace(persona.getValue(), seed);
        close();
        UI ui = UI.getCurrent();
        ui.navigate(WelcomeView.class);
        ui.refreshCurrentRoute(true);
    }
}
