package dk.sandkassen.login.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Attempt;
import dk.sandkassen.login.Authenticator;
import dk.sandkassen.login.MitIdService;
import dk.sandkassen.shared.ui.DeviceFrame;
import dk.sandkassen.shared.ui.Notice;

/**
 * The MitID code display (kodeviser): press its button for a new 6-digit code, type the code
 * and the password. Three wrong codes block it for a while.
 */
final class CodeDisplayFlow {

    private final MitIdSteps steps;
    private final MitIdService mitId;
    private final Role role;
    private final Span display = new Span();

    CodeDisplayFlow(MitIdSteps steps, MitIdService mitId, Role role) {
        this.steps = steps;
        this.mitId = mitId;
        this.role = role;
    }

    void start() {
        TextField code = new TextField(t("mitid.code"));
        code.setId("mitid-code");
        code.setMaxLength(6);
        code.setAllowedCharPattern("[0-9]");
        code.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        PasswordField password = new PasswordField(t("mitid.password"));
        password.setId("mitid-password");
        Button logIn = new Button(t("mitid.log-in"), e -> submit(code, password));
        logIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        logIn.addClickShortcut(Key.ENTER);
        Button other = new Button(t("mitid.other-authenticator"), e -> steps.chooseAuthenticator(role));
        other.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        steps.frame().step(t("mitid.step-code-display"), steps.notice(),
                new Paragraph(t("mitid.code-display-help")), code, password, new Div(logIn, other));

        display.addClassName("sk-device-screen");
        display.setId("code-display-screen");
        display.getElement().setAttribute("aria-live", "polite");
        display.setText("– – – – – –");
        Button press = new Button(t("device.code-display.button"), e -> display.setText(mitId.pressCodeDisplay(steps.sandbox(), role)));
        press.addClassName("sk-device-button");
        press.setId("code-display-button");
        steps.showDevice(new DeviceFrame(t("device.code-display.label"), "code-display",
                new Paragraph(t("device.code-display.name")), display, press));
        code.focus();
    }

    private void submit(TextField code, PasswordField password) {
        Attempt attempt = mitId.checkCodeAndPassword(steps.sandbox(), role, code.getValue(), password.getValue());
        switch (attempt.outcome()) {
            case OK -> steps.complete(role, Authenticator.CODE_DISPLAY);
            case WRONG -> {
                code.clear();
                code.focus();
                steps.notice().show(Notice.Kind.ERROR, t("mitid.wrong-code", attempt.attemptsLeft()));
            }
            case BLOCKED -> steps.blocked(role);
        }
    }

    private String t(String key, Object... parameters) {
        return steps.frame().getTranslation(key, parameters);
    }
}
