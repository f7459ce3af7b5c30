package dk.sandkassen.login.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Attempt;
import dk.sandkassen.login.Authenticator;
import dk.sandkassen.login.CredentialService;
import dk.sandkassen.login.CurrentLogin;
import dk.sandkassen.login.KeyCard;
import dk.sandkassen.login.LoginMethod;
import dk.sandkassen.login.NemIdService;
import dk.sandkassen.sandbox.CurrentSandbox;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxEvents;
import dk.sandkassen.shared.ui.Notice;
import dk.sandkassen.shared.ui.PhoneFrame;
import dk.sandkassen.shared.ui.SwipeToApprove;

/**
 * NemID as it was (2010–2023): user-ID and password, "Næste", then the code for the key
 * number shown, from the key card (or a swipe in the key app), "Log på".
 */
@Route(LoginNavigation.NEMID)
class NemIdView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final CurrentSandbox currentSandbox;
    private final CurrentLogin currentLogin;
    private final CredentialService credentials;
    private final NemIdService nemId;
    private final SandboxEvents events;
    private final LoginFrame frame;
    private final Div aside = new Div();
    private final Notice notice = new Notice();
    private QueryParameters parameters = QueryParameters.empty();

    NemIdView(CurrentSandbox currentSandbox, CurrentLogin currentLogin, CredentialService credentials,
              NemIdService nemId, SandboxEvents events) {
        this.currentSandbox = currentSandbox;
        this.currentLogin = currentLogin;
        this.credentials = credentials;
        this.nemId = nemId;
        this.events = events;
        addClassNames("sk-page", "sk-login-page");
        frame = new LoginFrame("nemid", getTranslation("nemid.brand"), getTranslation("nemid.context"));
        aside.addClassName("sk-login-aside");
        add(frame, aside);
        showUserStep();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        parameters = event.getLocation().getQueryParameters();
        showCheatSheet();
    }

    /** The practice credentials of the person the learner logs in as ({@code ?som=}), beside the box. */
    private void showCheatSheet() {
        Devices.showNotes(aside, CheatSheet.of(credentials, sandbox(), parameters, LoginMethod.NEMID));
    }

    private Sandbox sandbox() {
        return currentSandbox.get();
    }

    private void showUserStep() {
        TextField userId = new TextField(getTranslation("nemid.user-id"));
        userId.setId("nemid-user-id");
        userId.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        userId.setHelperText(getTranslation("nemid.user-id-help"));
        PasswordField password = new PasswordField(getTranslation("nemid.password"));
        password.setId("nemid-password");
        Button next = new Button(getTranslation("nemid.next"), e -> submitPassword(userId, password));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickShortcut(Key.ENTER);
        Button forgot = new Button(getTranslation("nemid.forgot"), e -> new ForgotPasswordDialog().open());
        forgot.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        notice.clear();
        frame.step(getTranslation("nemid.step-login"), notice, userId, password, new Div(next, forgot));
        showCheatSheet();
        userId.focus();
    }

    private void submitPassword(TextField userIdField, PasswordField passwordField) {
        Sandbox sandbox = sandbox();
        if (RealCprGuard.discardIfReal(userIdField, notice, sandbox, events)) {
            return;
        }
        var role = credentials.byNemIdUserId(sandbox, userIdField.getValue());
        if (role.isEmpty()) {
            notice.show(Notice.Kind.ERROR, getTranslation("nemid.unknown-user", sandbox.citizen().cpr().formatted()));
            userIdField.focus();
            return;
        }
        Attempt attempt = nemId.checkPassword(sandbox, role.get(), passwordField.getValue());
        switch (attempt.outcome()) {
            case OK -> showCodeStep(role.get(), null);
            case WRONG -> {
                passwordField.clear();
                passwordField.focus();
                notice.show(Notice.Kind.ERROR, getTranslation("login.wrong-password", attempt.attemptsLeft()));
            }
            case BLOCKED -> showBlocked(role.get());
        }
    }

    private void showCodeStep(Role role, String message) {
        Sandbox sandbox = sandbox();
        KeyCard card = credentials.keyCard(sandbox, role);
        String keyNumber = nemId.challenge(sandbox, role);
        Span challenge = new Span(keyNumber);
        challenge.addClassName("sk-challenge");
        challenge.setId("nemid-challenge");
        Paragraph ask = new Paragraph(getTranslation("nemid.code-ask", card.cardNumber()));
        TextField code = new TextField(getTranslation("nemid.code-label", keyNumber));
        code.setId("nemid-code");
        code.setMaxLength(6);
        code.setAllowedCharPattern("[0-9]");
        code.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        Button logIn = new Button(getTranslation("nemid.log-in"), e -> submitCode(role, keyNumber, code));
        logIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        logIn.addClickShortcut(Key.ENTER);
        Button useApp = new Button(getTranslation("nemid.use-app"), e -> showKeyApp(role));
        useApp.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        notice.clear();
        if (message != null) {
            notice.show(Notice.Kind.ERROR, message);
        }
        Div challengeBox = new Div(ask, challenge);
        challengeBox.addClassName("sk-challenge-box");
        int left = credentials.keysLeft(sandbox, role);
        Notice runningLow = new Notice();
        if (left <= KeyCard.RUNNING_LOW) {
            runningLow.show(Notice.Kind.INFO, getTranslation("nemid.running-low", left));
        }
        frame.step(getTranslation("nemid.step-code"), notice, challengeBox, runningLow, code, new Div(logIn, useApp));
        H2 heading = new H2(getTranslation("keycard.title"));
        Devices.showNotes(aside, new Div(heading, new Paragraph(getTranslation("keycard.find-help")),
                new KeyCardGrid(card, credentials.usedKeys(sandbox, role))));
        code.focus();
    }

    private void submitCode(Role role, String keyNumber, TextField code) {
        Sandbox sandbox = sandbox();
        Attempt attempt = nemId.checkCode(sandbox, role, keyNumber, code.getValue());
        switch (attempt.outcome()) {
            case OK -> complete(role, Authenticator.KEY_CARD);
            case WRONG -> showCodeStep(role, getTranslation("nemid.wrong-code", keyNumber, attempt.attemptsLeft()));
            case BLOCKED -> showBlocked(role);
        }
    }

    private void showKeyApp(Role role) {
        Paragraph waiting = new Paragraph(getTranslation("nemid.app-waiting"));
        Button useCard = new Button(getTranslation("nemid.use-card"), e -> showCodeStep(role, null));
        useCard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        notice.clear();
        frame.step(getTranslation("nemid.step-app"), notice, waiting, useCard);

        SwipeToApprove swipe = new SwipeToApprove(getTranslation("app.swipe"), getTranslation("app.swipe-hint"));
        swipe.addApprovedListener(e -> complete(role, Authenticator.KEY_APP));
        Paragraph appName = new Paragraph(getTranslation("nemid.app-name"));
        appName.addClassName("sk-app-title");
        Paragraph request = new Paragraph(getTranslation("nemid.app-request"));
        request.addClassName("sk-app-request");
        Devices.show(aside, new PhoneFrame(getTranslation("phone.label"), appName, request, swipe));
    }

    private void showBlocked(Role role) {
        Paragraph real = new Paragraph(getTranslation("nemid.blocked-real"));
        Paragraph here = new Paragraph(getTranslation("nemid.blocked-here"));
        Button unblock = new Button(getTranslation("login.unblock"), e -> {
            nemId.unblock(sandbox(), role);
            showUserStep();
            notice.show(Notice.Kind.SUCCESS, getTranslation("login.unblocked"));
        });
        unblock.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        notice.show(Notice.Kind.ERROR, getTranslation("nemid.blocked"));
        frame.step(getTranslation("nemid.step-blocked"), notice, real, here, unblock);
        unblock.focus();
    }

    private void complete(Role role, Authenticator authenticator) {
        Sandbox sandbox = sandbox();
        currentLogin.complete(sandbox, role, authenticator);
        getUI().ifPresent(ui -> LoginNavigation.afterLogin(ui, parameters));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nemid.page-title");
    }
}
