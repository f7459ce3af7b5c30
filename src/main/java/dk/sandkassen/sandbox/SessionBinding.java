package dk.sandkassen.sandbox;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Binds a sandbox to the HTTP session that owns it, and purges the sandbox when that
 * session ends (logout, invalidation or idle expiry). The browser only ever holds the
 * session cookie; the sandbox id lives in a session attribute on the server.
 * See docs/decisions/0002-sandbox-session-binding.md.
 */
@Component
class SessionBinding implements HttpSessionListener {

    static final String ATTRIBUTE = "sandkassen.sandbox";

    private final SandboxService sandboxes;
    /** Sandboxes whose session is alive on this node; the sweep purges every other one. */
    private final Set<SandboxId> bound = ConcurrentHashMap.newKeySet();

    SessionBinding(SandboxService sandboxes) {
        this.sandboxes = sandboxes;
    }

    Optional<SandboxId> boundTo(HttpSession session) {
        return Optional.ofNullable((String) session.getAttribute(ATTRIBUTE)).map(SandboxId::parse);
    }

    void bind(HttpSession session, SandboxId sandbox) {
        bound.add(sandbox);
        session.setAttribute(ATTRIBUTE, sandbox.toString());
    }

    void unbind(HttpSession session) {
        boundTo(session).ifPresent(bound::remove);
        session.removeAttribute(ATTRIBUTE);
    }

    boolean isBound(SandboxId sandbox) {
        return bound.contains(sandbox);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        boundTo(event.getSession()).ifPresent(sandbox -> {
            bound.remove(sandbox);
            sandboxes.purge(sandbox);
        });
    }
}
