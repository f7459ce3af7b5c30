package dk.sandkassen.login.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Attempt;
import dk.sandkassen.login.Authenticator;
import dk.sandkassen.login.MitIdService;
import dk.sandkassen.shared.ui.DeviceFrame;
import dk.sandkassen.shared.ui.Notice;

/** The MitID chip: the password, then "press the button on your chip". */
final class ChipFlow {

    private final MitIdSteps steps;
    private final MitIdService mitId;
    private final Role role;

    ChipFlow(MitIdSteps steps, MitIdService mitId, Role role) {
        this.steps = steps;
        this.mitId = mitId;
        this.role = role;
    }

    void start() {
        PasswordField password = new PasswordField(t("mitid.password"));
        password.setId("mitid-password");
        Button next = new Button(t("mitid.continue"), e -> submit(password));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickShortcut(Key.ENTER);
        Button other = new Button(t("mitid.other-authenticator"), e -> steps.chooseAuthenticator(role));
        other.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        steps.frame().step(t("mitid.step-chip"), steps.notice(), new Paragraph(t("mitid.chip-help")), password,
                new Div(next, other));
        steps.showDevice(chip(false));
        password.focus();
    }

    private void submit(PasswordField password) {
        Attempt attempt = mitId.checkPassword(steps.sandbox(), role, password.getValue(), Authenticator.CHIP);
        switch (attempt.outcome()) {
            case OK -> {
                steps.notice().clear();
                steps.frame().step(t("mitid.step-chip-press"), steps.notice(), new Paragraph(t("mitid.chip-press-help")));
                steps.showDevice(chip(true));
            }
            case WRONG -> {
                password.clear();
                password.focus();
                steps.notice().show(Notice.Kind.ERROR, t("login.wrong-password", attempt.attemptsLeft()));
            }
            case BLOCKED -> steps.blocked(role);
        }
    }

    /** The chip shows its button only when the login waits for it, as its light does. */
    private DeviceFrame chip(boolean waiting) {
        DeviceFrame chip = new DeviceFrame(t("device.chip.label"), "chip", new Paragraph(t("device.chip.name")));
        if (waiting) {
            Button press = new Button(t("device.chip.button"), e -> steps.complete(role, Authenticator.CHIP));
            press.addClassName("sk-device-button");
            press.setId("chip-button");
            chip.add(press);
            chip.addClassName("sk-device-waiting");
            press.focus();
        } else {
            chip.add(new Paragraph(t("device.chip.ready")));
        }
        return chip;
    }

    private String t(String key, Object... parameters) {
        return steps.frame().getTranslation(key, parameters);
    }
}
