package dk.sandkassen.sandbox;

import dk.sandkassen.session.NodeLocalSessionRepository;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Binds a sandbox to the HTTP session that owns it. The browser only ever holds the session
 * cookie; the sandbox id lives in a session attribute on the server, and the sandbox row
 * references the stored session, so that the database deletes the sandbox when Spring
 * Session deletes the session (logout, "Afslut", idle expiry).
 * See docs/decisions/0002-sandbox-session-binding.md.
 */
@Component
class SessionBinding {

    static final String ATTRIBUTE = "sandkassen.sandbox";

    private final NodeLocalSessionRepository sessions;

    SessionBinding(NodeLocalSessionRepository sessions) {
        this.sessions = sessions;
    }

    Optional<SandboxId> boundTo(HttpSession session) {
        return Optional.ofNullable((String) session.getAttribute(ATTRIBUTE)).map(SandboxId::parse);
    }

    /** Stores the session now (if it is new in this request) and returns its stable primary id. */
    @Nullable
    String owner(HttpSession session) {
        return sessions.persistNow(session.getId()).orElse(null);
    }

    void bind(HttpSession session, SandboxId sandbox) {
        session.setAttribute(ATTRIBUTE, sandbox.toString());
    }

    void unbind(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }
}
