package dk.sandkassen.login;

import dk.sandkassen.identity.Cpr;
import dk.sandkassen.identity.Role;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One fictitious person's practice credentials and the state of their NemID and MitID.
 * Shown to the learner: nothing here is real or secret.
 *
 * @param nemIdUserId  a self-chosen NemID user-ID, if the learner chose one (the CPR number always works)
 * @param codeCounter  how many codes the MitID code display has shown
 */
public record Credentials(Role role, Cpr cpr, @Nullable String nemIdUserId, String nemIdPassword,
                          String mitIdUserId, String mitIdPassword, String appPin,
                          int nemIdFailures, boolean nemIdBlocked, int mitIdFailures, boolean mitIdBlocked,
                          @Nullable Authenticator lastAuthenticator, int codeCounter) {

    /** After this many failures in a row the login is blocked (the real services block too). */
    public static final int MAX_FAILURES = 3;

    public Optional<String> chosenNemIdUserId() {
        return Optional.ofNullable(nemIdUserId);
    }

    public Optional<Authenticator> lastMitIdAuthenticator() {
        return Optional.ofNullable(lastAuthenticator).filter(a -> a.method() == LoginMethod.MITID);
    }

    public boolean blocked(LoginMethod method) {
        return method == LoginMethod.NEMID ? nemIdBlocked : mitIdBlocked;
    }

    public int failures(LoginMethod method) {
        return method == LoginMethod.NEMID ? nemIdFailures : mitIdFailures;
    }
}
