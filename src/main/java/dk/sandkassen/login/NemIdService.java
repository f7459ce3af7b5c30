package dk.sandkassen.login;

import dk.sandkassen.identity.Role;
import dk.sandkassen.login.internal.CredentialStore;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxEvents;
import java.util.List;
import org.jspecify.annotations.Nullable;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * NemID's two steps: user-ID and password, then the code for the key number the screen asks
 * for. Three failures in a row block NemID, as the real one would be blocked.
 */
@Service
public class NemIdService {

    private final CredentialStore store;
    private final CredentialService credentials;
    private final SandboxEvents events;

    NemIdService(CredentialStore store, CredentialService credentials, SandboxEvents events) {
        this.store = store;
        this.credentials = credentials;
        this.events = events;
    }

    @Transactional
    public Attempt checkPassword(Sandbox sandbox, Role role, String password) {
        Credentials c = credentials.credentials(sandbox, role);
        if (c.nemIdBlocked()) {
            return Attempt.blocked();
        }
        if (c.nemIdPassword().equals(password)) {
            return Attempt.ok();
        }
        return LoginFailures.record(store, events, sandbox, c, Authenticator.KEY_CARD, "wrong-password");
    }

    /**
     * The key number the screen asks for: one not crossed off yet, drawn from the seed. After a
     * wrong code a new key number is asked for, as the real NemID did ("find det nye nøgle-nr."),
     * so that guessing one key's code over and over gets nowhere.
     */
    public String challenge(Sandbox sandbox, Role role) {
        Set<String> used = credentials.usedKeys(sandbox, role);
        int failures = credentials.credentials(sandbox, role).failures(LoginMethod.NEMID);
        String previous = failures > 0 ? pick(sandbox, role, used, failures - 1, null) : null;
        return pick(sandbox, role, used, failures, previous);
    }

    private String pick(Sandbox sandbox, Role role, Set<String> used, int failures, @Nullable String notThis) {
        List<KeyCard.Key> unused = credentials.keyCard(sandbox, role).keys().stream()
                .filter(key -> !used.contains(key.number()) && !key.number().equals(notThis))
                .toList();
        if (unused.isEmpty()) {
            throw new IllegalStateException("The key card is used up");
        }
        Random random = new Random(CredentialFactory.seedFor(sandbox.seed(), role, "challenge") + used.size() * 1_000L + failures);
        return unused.get(random.nextInt(unused.size())).number();
    }

    /** The code typed for {@code keyNumber}; a correct code crosses the key off. */
    @Transactional
    public Attempt checkCode(Sandbox sandbox, Role role, String keyNumber, String code) {
        Credentials c = credentials.credentials(sandbox, role);
        if (c.nemIdBlocked()) {
            return Attempt.blocked();
        }
        boolean correct = credentials.keyCard(sandbox, role).codeFor(keyNumber)
                .filter(expected -> expected.equals(code.strip()))
                .isPresent();
        if (correct && !credentials.usedKeys(sandbox, role).contains(keyNumber)) {
            store.useKey(sandbox.id(), role, keyNumber);
            return Attempt.ok();
        }
        return LoginFailures.record(store, events, sandbox, c, Authenticator.KEY_CARD, "wrong-code");
    }

    /** "In real life your NemID would now be blocked – here one click unblocks it." */
    @Transactional
    public void unblock(Sandbox sandbox, Role role) {
        store.resetFailures(sandbox.id(), role, true);
        events.record(sandbox.id(), LoginEvents.UNBLOCKED, role.id(), Map.of("method", LoginMethod.NEMID.id()));
    }
}
