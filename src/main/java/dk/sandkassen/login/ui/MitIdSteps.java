package dk.sandkassen.login.ui;

import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Authenticator;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.shared.ui.Notice;

/** What a MitID authenticator's screens can do with the login around them. */
interface MitIdSteps {

    Sandbox sandbox();

    LoginFrame frame();

    /**
     * Shows the device the learner needs now (the phone on the screen, the code display, the
     * chip) beside the login box — and, where the page is one column (a tablet, a phone), first
     * and scrolled into view.
     */
    void showDevice(com.vaadin.flow.component.Component device);

    Notice notice();

    void complete(Role role, Authenticator authenticator);

    void chooseAuthenticator(Role role);

    void blocked(Role role);

    void startOver(String message);
}
