package dk.sandkassen.login;

import dk.sandkassen.identity.Role;
import dk.sandkassen.login.internal.CredentialStore;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxEvent;
import dk.sandkassen.sandbox.SandboxEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MitID: the app (PIN and a swipe), the code display (a fresh code at each press, with the
 * password; three wrong codes block it) and the chip (password and a press of its button).
 * Approval requests expire when not answered in time.
 */
@Service
public class MitIdService {

    private final CredentialStore store;
    private final CredentialService credentials;
    private final SandboxEvents events;
    private final Clock clock;
    private final Duration requestTimeout;

    MitIdService(CredentialStore store, CredentialService credentials, SandboxEvents events, Clock clock,
                 @Value("${sandkassen.login.mitid-request-timeout:PT3M}") Duration requestTimeout) {
        this.store = store;
        this.credentials = credentials;
        this.events = events;
        this.clock = clock;
        this.requestTimeout = requestTimeout;
    }

    /** MitID remembers the authenticator last chosen and offers it first next time. */
    public void remember(Sandbox sandbox, Role role, Authenticator authenticator) {
        store.rememberAuthenticator(sandbox.id(), role, authenticator);
    }

    public boolean pinMatches(Sandbox sandbox, Role role, String pin) {
        boolean matches = credentials.credentials(sandbox, role).appPin().equals(pin.strip());
        if (!matches) {
            events.record(sandbox.id(), LoginEvents.FAILED, role.id(), Map.of(
                    "method", LoginMethod.MITID.id(), "authenticator", Authenticator.MITID_APP.id(), "reason", "wrong-pin"));
        }
        return matches;
    }

    /** The learner's own login, waiting for approval in the app. */
    public MitIdRequest loginRequest() {
        return new MitIdRequest(UUID.randomUUID().toString(), "mitid.request.what.login",
                "mitid.request.where.borger", clock.instant().plus(requestTimeout), false);
    }

    public Instant now() {
        return clock.instant();
    }

    /** The learner pressed "Afvis" on their own login, or let it run out. */
    public void loginNotApproved(Sandbox sandbox, Role role, boolean expired) {
        events.record(sandbox.id(), LoginEvents.FAILED, role.id(), Map.of("method", LoginMethod.MITID.id(),
                "authenticator", Authenticator.MITID_APP.id(), "reason", expired ? "expired" : "rejected"));
    }

    /** The code display shows a new one-time code each time its button is pressed. */
    @Transactional
    public String pressCodeDisplay(Sandbox sandbox, Role role) {
        return code(sandbox, role, store.nextCode(sandbox.id(), role));
    }

    @Transactional
    public Attempt checkCodeAndPassword(Sandbox sandbox, Role role, String code, String password) {
        Credentials c = credentials.credentials(sandbox, role);
        if (c.mitIdBlocked()) {
            return Attempt.blocked();
        }
        boolean codeRight = c.codeCounter() > 0 && code(sandbox, role, c.codeCounter()).equals(code.strip());
        if (codeRight && c.mitIdPassword().equals(password)) {
            return Attempt.ok();
        }
        return LoginFailures.record(store, events, sandbox, c, Authenticator.CODE_DISPLAY,
                codeRight ? "wrong-password" : "wrong-code");
    }

    @Transactional
    public Attempt checkPassword(Sandbox sandbox, Role role, String password, Authenticator authenticator) {
        Credentials c = credentials.credentials(sandbox, role);
        if (c.mitIdBlocked()) {
            return Attempt.blocked();
        }
        if (c.mitIdPassword().equals(password)) {
            return Attempt.ok();
        }
        return LoginFailures.record(store, events, sandbox, c, authenticator, "wrong-password");
    }

    @Transactional
    public void unblock(Sandbox sandbox, Role role) {
        store.resetFailures(sandbox.id(), role, false);
        events.record(sandbox.id(), LoginEvents.UNBLOCKED, role.id(), Map.of("method", LoginMethod.MITID.id()));
    }

    /**
     * An approval request the learner did not start arrives in their MitID app, as when a
     * fraudster who has the user-ID tries to log in. Rejecting it is the right answer.
     */
    public MitIdRequest sendSuspiciousRequest(Sandbox sandbox) {
        List<String> places = List.of("mitid.request.where.bank", "mitid.request.where.pension", "mitid.request.where.shop");
        int count = (int) events.list(sandbox.id()).stream().filter(e -> e.type().equals(LoginEvents.SUSPICIOUS_REQUEST)).count();
        String where = places.get(new Random(sandbox.seed() + count).nextInt(places.size()));
        MitIdRequest request = new MitIdRequest(UUID.randomUUID().toString(), "mitid.request.what.login", where,
                clock.instant().plus(requestTimeout.multipliedBy(10)), true);
        events.record(sandbox.id(), LoginEvents.SUSPICIOUS_REQUEST, Role.SELF.id(), Map.of(
                "request", request.id(), "what", request.whatKey(), "where", request.whereKey()));
        return request;
    }

    /** The suspicious request still waiting for an answer, if any. */
    public Optional<MitIdRequest> pendingSuspiciousRequest(Sandbox sandbox) {
        MitIdRequest pending = null;
        for (SandboxEvent event : events.list(sandbox.id())) {
            switch (event.type()) {
                case LoginEvents.SUSPICIOUS_REQUEST -> pending = new MitIdRequest(event.detail("request"),
                        event.detail("what"), event.detail("where"), event.occurredAt().plus(requestTimeout.multipliedBy(10)), true);
                case LoginEvents.SUSPICIOUS_REJECTED, LoginEvents.SUSPICIOUS_APPROVED -> pending = null;
                default -> { }
            }
        }
        return Optional.ofNullable(pending).filter(request -> !request.expiredAt(clock.instant()));
    }

    public void answerSuspiciousRequest(Sandbox sandbox, MitIdRequest request, boolean approved) {
        events.record(sandbox.id(), approved ? LoginEvents.SUSPICIOUS_APPROVED : LoginEvents.SUSPICIOUS_REJECTED,
                Role.SELF.id(), Map.of("request", request.id(), "where", request.whereKey()));
    }

    private static String code(Sandbox sandbox, Role role, int counter) {
        Random random = new Random(CredentialFactory.seedFor(sandbox.seed(), role, "code-display") * 31 + counter);
        return "%06d".formatted(random.nextInt(1_000_000));
    }
}
