package dk.sandkassen.login.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.CredentialService;
import dk.sandkassen.sandbox.Sandbox;
import java.util.Optional;
import java.util.function.Function;

/**
 * Choose your own NemID user-ID and password, and your MitID user-ID, by the rules of the
 * real services; what breaks a rule is said next to the field, and the typed text stays.
 */
class ChooseCredentialsForm extends Div {

    ChooseCredentialsForm(Sandbox sandbox, CredentialService credentials, Runnable saved) {
        addClassName("sk-form");
        add(row("choose.nemid-user-id", "choose-nemid-user-id",
                        value -> credentials.chooseNemIdUserId(sandbox, Role.SELF, value), saved),
                row("choose.nemid-password", "choose-nemid-password",
                        value -> credentials.chooseNemIdPassword(sandbox, Role.SELF, value), saved),
                row("choose.mitid-user-id", "choose-mitid-user-id",
                        value -> credentials.chooseMitIdUserId(sandbox, Role.SELF, value), saved));
    }

    private Div row(String key, String id, Function<String, Optional<String>> save, Runnable saved) {
        TextField field = new TextField(getTranslation(key));
        field.setId(id);
        field.setHelperText(getTranslation(key + "-rules"));
        Button button = new Button(getTranslation("choose.save"), e -> save.apply(field.getValue()).ifPresentOrElse(
                problem -> {
                    field.setErrorMessage(getTranslation(problem));
                    field.setInvalid(true);
                    field.focus();
                },
                () -> {
                    field.setInvalid(false);
                    saved.run();
                }));
        button.getElement().setAttribute("aria-label", getTranslation("choose.save-named", getTranslation(key)));
        Div row = new Div(field, button);
        row.addClassName("sk-form-row");
        return row;
    }
}
