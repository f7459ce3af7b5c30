package dk.sandkassen.login;

import dk.sandkassen.identity.Role;
import dk.sandkassen.sandbox.SandboxId;

/** Who is logged in to the simulated services, in which sandbox, and how. */
public record LoggedIn(SandboxId sandbox, Role role, Authenticator authenticator) {

    public LoginMethod method() {
        return authenticator.method();
    }

    String encode() {
        return sandbox + "|" + role.id() + "|" + authenticator.id();
    }

    static java.util.Optional<LoggedIn> decode(String text) {
        String[] parts = text.split("\\|");
        if (parts.length != 3) {
            return java.util.Optional.empty();
        }
        return Role.fromId(parts[1]).flatMap(role -> Authenticator.fromId(parts[2])
                .map(authenticator -> new LoggedIn(SandboxId.parse(parts[0]), role, authenticator)));
    }
}
