package dk.sandkassen.login;

import dk.sandkassen.identity.Cpr;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.internal.CredentialStore;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxEvents;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The practice credentials of a sandbox's people, their key cards, and changing them. */
@Service
public class CredentialService {

    private final CredentialStore store;
    private final SandboxEvents events;

    CredentialService(CredentialStore store, SandboxEvents events) {
        this.store = store;
        this.events = events;
    }

    public Credentials credentials(Sandbox sandbox, Role role) {
        return store.find(sandbox.id(), role).orElseThrow(() -> new IllegalArgumentException("No person " + role));
    }

    public List<Credentials> all(Sandbox sandbox) {
        return store.all(sandbox.id());
    }

    public KeyCard keyCard(Sandbox sandbox, Role role) {
        return CredentialFactory.keyCard(sandbox.seed(), role);
    }

    /** Key numbers crossed off: used before the sandbox began, and used in it. */
    public Set<String> usedKeys(Sandbox sandbox, Role role) {
        Set<String> used = new HashSet<>(CredentialFactory.preUsedKeys(sandbox.seed(), role));
        used.addAll(store.usedKeys(sandbox.id(), role));
        return used;
    }

    public int keysLeft(Sandbox sandbox, Role role) {
        return KeyCard.SIZE - usedKeys(sandbox, role).size();
    }

    /** The person whose NemID user-ID this is: the CPR number (with or without dash) or a chosen user-ID. */
    public Optional<Role> byNemIdUserId(Sandbox sandbox, String userId) {
        String typed = userId.strip();
        String digits = typed.replaceAll("[\\s-]", "");
        return all(sandbox).stream()
                .filter(c -> c.cpr().value().equals(digits)
                        || c.chosenNemIdUserId().filter(chosen -> chosen.equalsIgnoreCase(typed)).isPresent())
                .map(Credentials::role)
                .findFirst();
    }

    /** MitID user-IDs are not case-sensitive. */
    public Optional<Role> byMitIdUserId(Sandbox sandbox, String userId) {
        String typed = userId.strip().toLowerCase(Locale.ROOT);
        return all(sandbox).stream()
                .filter(c -> c.mitIdUserId().toLowerCase(Locale.ROOT).equals(typed))
                .map(Credentials::role)
                .findFirst();
    }

    /** Returns the translation key of what is wrong, or nothing when the new user-ID was saved. */
    @Transactional
    public Optional<String> chooseNemIdUserId(Sandbox sandbox, Role role, String userId) {
        Optional<String> problem = CredentialRules.nemIdUserId(userId);
        if (problem.isEmpty() && byNemIdUserId(sandbox, userId).filter(other -> other != role).isPresent()) {
            problem = Optional.of("rules.user-id.taken");
        }
        if (problem.isEmpty()) {
            store.setNemIdUserId(sandbox.id(), role, userId);
            events.record(sandbox.id(), LoginEvents.CREDENTIALS_CHANGED, role.id(), Map.of("what", "nemid-user-id"));
        }
        return problem;
    }

    @Transactional
    public Optional<String> chooseNemIdPassword(Sandbox sandbox, Role role, String password) {
        Cpr cpr = credentials(sandbox, role).cpr();
        Optional<String> problem = CredentialRules.nemIdPassword(password, cpr);
        if (problem.isEmpty()) {
            store.setNemIdPassword(sandbox.id(), role, password);
            events.record(sandbox.id(), LoginEvents.CREDENTIALS_CHANGED, role.id(), Map.of("what", "nemid-password"));
        }
        return problem;
    }

    @Transactional
    public Optional<String> chooseMitIdUserId(Sandbox sandbox, Role role, String userId) {
        Optional<String> problem = CredentialRules.mitIdUserId(userId);
        if (problem.isEmpty() && byMitIdUserId(sandbox, userId).filter(other -> other != role).isPresent()) {
            problem = Optional.of("rules.user-id.taken");
        }
        if (problem.isEmpty()) {
            store.setMitIdUserId(sandbox.id(), role, userId);
            events.record(sandbox.id(), LoginEvents.CREDENTIALS_CHANGED, role.id(), Map.of("what", "mitid-user-id"));
        }
        return problem;
    }
}
