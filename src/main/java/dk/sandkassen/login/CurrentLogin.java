package dk.sandkassen.login;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.internal.CredentialStore;
import dk.sandkassen.sandbox.CurrentSandbox;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxEvents;
import dk.sandkassen.shared.ui.OtherTabs;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who is logged in to the simulated services in this browser session. Kept in the stored
 * session ({@code sandkassen.login}), so it survives a reload and a change of node.
 */
@Component
public class CurrentLogin {

    static final String ATTRIBUTE = "sandkassen.login";

    private final CurrentSandbox currentSandbox;
    private final CredentialStore store;
    private final SandboxEvents events;

    CurrentLogin(CurrentSandbox currentSandbox, CredentialStore store, SandboxEvents events) {
        this.currentSandbox = currentSandbox;
        this.store = store;
        this.events = events;
    }

    /** The login of the current sandbox, if any; a login from a replaced sandbox does not count. */
    public Optional<LoggedIn> get() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || !(session.getSession().getAttribute(ATTRIBUTE) instanceof String text)) {
            return Optional.empty();
        }
        return LoggedIn.decode(text)
                .filter(login -> currentSandbox.peekId().filter(login.sandbox()::equals).isPresent());
    }

    public boolean isLoggedIn() {
        return get().isPresent();
    }

    /**
     * The person logged in to this browser session, in its current sandbox: the one place a
     * learner's actor comes from. Empty when nobody is logged in.
     */
    public Optional<Actor> actor() {
        return get().flatMap(login -> currentSandbox.peek()
                .filter(sandbox -> sandbox.id().equals(login.sandbox()))
                .map(sandbox -> new Actor(sandbox, login.role())));
    }

    /** The on-screen phone: the logged-in person's, or before anyone logs in, the citizen's. */
    public Phone phone() {
        return new Phone(currentSandbox.id(), get().map(LoggedIn::role).orElse(Role.SELF));
    }

    /**
     * Completes a login: remembers the person and method, and gives the session a new id, as
     * real services do against session fixation (the sandbox stays; see decision 0002).
     */
    public LoggedIn complete(Sandbox sandbox, Role role, Authenticator authenticator) {
        store.resetFailures(sandbox.id(), role, authenticator.method() == LoginMethod.NEMID);
        if (authenticator.method() == LoginMethod.MITID) {
            store.rememberAuthenticator(sandbox.id(), role, authenticator);
        }
        LoggedIn login = new LoggedIn(sandbox.id(), role, authenticator);
        VaadinSession.getCurrent().getSession().setAttribute(ATTRIBUTE, login.encode());
        OtherTabs.closeStale();
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            request.getHttpServletRequest().changeSessionId();
        }
        events.record(sandbox.id(), LoginEvents.SUCCEEDED, role.id(), Map.of(
                "method", authenticator.method().id(), "authenticator", authenticator.id()));
        return login;
    }

    public void logout() {
        get().ifPresent(login -> events.record(login.sandbox(), LoginEvents.LOGGED_OUT, login.role().id(),
                Map.of("method", login.method().id())));
        VaadinSession.getCurrent().getSession().removeAttribute(ATTRIBUTE);
        OtherTabs.closeStale();
    }
}
