package dk.sandkassen.login;

import java.util.Locale;
import java.util.Optional;

/** What the learner proves the login with. */
public enum Authenticator {
    /** NemID: the paper card of 148 one-time codes. */
    KEY_CARD(LoginMethod.NEMID),
    /** NemID: the key app, approved with a swipe. */
    KEY_APP(LoginMethod.NEMID),
    /** MitID: the app, with PIN, QR code and a swipe. */
    MITID_APP(LoginMethod.MITID),
    /** MitID: the code display (kodeviser) and the password. */
    CODE_DISPLAY(LoginMethod.MITID),
    /** MitID: the chip, with the password and a press of its button. */
    CHIP(LoginMethod.MITID);

    private final LoginMethod method;

    Authenticator(LoginMethod method) {
        this.method = method;
    }

    public LoginMethod method() {
        return method;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Authenticator> fromId(String id) {
        for (Authenticator authenticator : values()) {
            if (authenticator.id().equals(id)) {
                return Optional.of(authenticator);
            }
        }
        return Optional.empty();
    }
}
