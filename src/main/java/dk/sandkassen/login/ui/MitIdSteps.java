package dk.sandkassen.login.ui;

import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Authenticator;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.shared.ui.Notice;

/** What a MitID authenticator's screens can do with the login around them. */
interface MitIdSteps {

    Sandbox sandbox();

    LoginFrame frame();

    /** The place beside the login box for the device: phone, code display or chip. */
    com.vaadin.flow.component.html.Div aside();

    Notice notice();

    void complete(Role role, Authenticator authenticator);

    void chooseAuthenticator(Role role);

    void blocked(Role role);

    void startOver(String message);
}
