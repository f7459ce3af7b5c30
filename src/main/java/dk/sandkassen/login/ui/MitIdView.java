package dk.sandkassen.login.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Authenticator;
import dk.sandkassen.login.CredentialService;
import dk.sandkassen.login.CurrentLogin;
import dk.sandkassen.login.LoginMethod;
import dk.sandkassen.login.MitIdService;
import dk.sandkassen.sandbox.CurrentSandbox;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxEvents;
import dk.sandkassen.shared.ui.Notice;
import java.util.Optional;

/**
 * MitID: the box says what you do and where; user-ID, "Fortsæt"; then the authenticator,
 * the last one used remembered: the app, the code display or the chip.
 */
@Route(LoginNavigation.MITID)
class MitIdView extends Div implements HasDynamicTitle, BeforeEnterObserver, MitIdSteps {

    private final CurrentSandbox currentSandbox;
    private final CurrentLogin currentLogin;
    private final CredentialService credentials;
    private final MitIdService mitId;
    private final SandboxEvents events;
    private final LoginFrame frame;
    private final Div aside = new Div();
    private final Notice notice = new Notice();
    private QueryParameters parameters = QueryParameters.empty();

    MitIdView(CurrentSandbox currentSandbox, CurrentLogin currentLogin, CredentialService credentials,
              MitIdService mitId, SandboxEvents events) {
        this.currentSandbox = currentSandbox;
        this.currentLogin = currentLogin;
        this.credentials = credentials;
        this.mitId = mitId;
        this.events = events;
        addClassNames("sk-page", "sk-login-page");
        frame = new LoginFrame("mitid", getTranslation("mitid.brand"), getTranslation("mitid.context"));
        aside.addClassName("sk-login-aside");
        add(frame, aside);
        showUserIdStep();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        parameters = event.getLocation().getQueryParameters();
        showCheatSheet();
    }

    /** The practice credentials of the person the learner logs in as ({@code ?som=}), beside the box. */
    private void showCheatSheet() {
        Devices.showNotes(aside, CheatSheet.of(credentials, sandbox(), parameters, LoginMethod.MITID));
    }

    private void showUserIdStep() {
        TextField userId = new TextField(getTranslation("mitid.user-id"));
        userId.setId("mitid-user-id");
        userId.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        Button next = new Button(getTranslation("mitid.continue"), e -> submitUserId(userId));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickShortcut(Key.ENTER);
        Button forgot = new Button(getTranslation("mitid.forgot-user-id"), e -> notice.show(Notice.Kind.INFO,
                getTranslation("mitid.forgot-user-id-help")));
        forgot.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        frame.step(getTranslation("mitid.step-user-id"), notice, userId, new Div(next, forgot));
        showCheatSheet();
        userId.focus();
    }

    private void submitUserId(TextField userId) {
        Sandbox sandbox = sandbox();
        if (RealCprGuard.discardIfReal(userId, notice, sandbox, events)) {
            return;
        }
        Optional<Role> role = credentials.byMitIdUserId(sandbox, userId.getValue());
        if (role.isEmpty()) {
            String hint = userId.getValue().replaceAll("[\\s-]", "").matches("\\d{10}")
                    ? "mitid.cpr-is-not-user-id" : "mitid.unknown-user";
            notice.show(Notice.Kind.ERROR, getTranslation(hint));
            userId.focus();
            return;
        }
        notice.clear();
        if (credentials.credentials(sandbox, role.get()).mitIdBlocked()) {
            blocked(role.get());
            return;
        }
        credentials.credentials(sandbox, role.get()).lastMitIdAuthenticator()
                .ifPresentOrElse(last -> use(role.get(), last), () -> chooseAuthenticator(role.get()));
    }

    @Override
    public void chooseAuthenticator(Role role) {
        Div choices = new Div();
        choices.addClassName("sk-choices");
        for (Authenticator authenticator : new Authenticator[] {Authenticator.MITID_APP, Authenticator.CODE_DISPLAY, Authenticator.CHIP}) {
            Button choice = new Button(getTranslation("mitid.authenticator." + authenticator.id()), e -> use(role, authenticator));
            choice.addClassName("sk-choice");
            choices.add(choice);
        }
        notice.clear();
        frame.step(getTranslation("mitid.step-choose"), notice, new Paragraph(getTranslation("mitid.choose-help")), choices);
        Devices.showNotes(aside, new Div());
    }

    private void use(Role role, Authenticator authenticator) {
        mitId.remember(sandbox(), role, authenticator);
        switch (authenticator) {
            case MITID_APP -> new MitIdAppFlow(this, mitId, role).start();
            case CODE_DISPLAY -> new CodeDisplayFlow(this, mitId, role).start();
            case CHIP -> new ChipFlow(this, mitId, role).start();
            default -> chooseAuthenticator(role);
        }
    }

    @Override
    public void blocked(Role role) {
        Paragraph real = new Paragraph(getTranslation("mitid.blocked-real"));
        Paragraph support = new Paragraph(getTranslation("mitid.support"));
        Paragraph here = new Paragraph(getTranslation("mitid.blocked-here"));
        Button unblock = new Button(getTranslation("login.unblock"), e -> {
            mitId.unblock(sandbox(), role);
            startOver(getTranslation("login.unblocked"));
        });
        unblock.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        notice.show(Notice.Kind.ERROR, getTranslation("mitid.blocked"));
        frame.step(getTranslation("mitid.step-blocked"), notice, real, support, here, unblock);
        Devices.showNotes(aside, new Div());
        unblock.focus();
    }

    @Override
    public void startOver(String message) {
        showUserIdStep();
        if (message != null) {
            notice.show(Notice.Kind.INFO, message);
        }
    }

    @Override
    public void complete(Role role, Authenticator authenticator) {
        currentLogin.complete(sandbox(), role, authenticator);
        getUI().ifPresent(ui -> LoginNavigation.afterLogin(ui, parameters));
    }

    @Override
    public Sandbox sandbox() {
        return currentSandbox.get();
    }

    @Override
    public LoginFrame frame() {
        return frame;
    }

    @Override
    public void showDevice(com.vaadin.flow.component.Component device) {
        Devices.show(aside, device);
    }

    @Override
    public Notice notice() {
        return notice;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mitid.page-title");
    }
}
