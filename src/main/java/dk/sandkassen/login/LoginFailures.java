package dk.sandkassen.login;

import dk.sandkassen.login.internal.CredentialStore;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxEvents;
import java.util.Map;

/** Counts a failed step, and blocks the login method at the third failure in a row. */
final class LoginFailures {

    private LoginFailures() {
    }

    static Attempt record(CredentialStore store, SandboxEvents events, Sandbox sandbox, Credentials c,
                          Authenticator authenticator, String reason) {
        LoginMethod method = authenticator.method();
        int failures = c.failures(method) + 1;
        boolean block = failures >= Credentials.MAX_FAILURES;
        store.recordFailure(sandbox.id(), c.role(), method == LoginMethod.NEMID, block);
        events.record(sandbox.id(), LoginEvents.FAILED, c.role().id(), Map.of(
                "method", method.id(), "authenticator", authenticator.id(), "reason", reason));
        if (block) {
            events.record(sandbox.id(), LoginEvents.BLOCKED, c.role().id(), Map.of("method", method.id()));
            return Attempt.blocked();
        }
        return new Attempt(Attempt.Outcome.WRONG, Credentials.MAX_FAILURES - failures);
    }
}
