package dk.sandkassen.scenario;

import static org.mockito.Mockito.RETURNS_DEFAULTS;
import static org.mockito.Mockito.mock;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import dk.sandkassen.sandbox.Sandbox;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.mock.web.MockHttpSession;

/**
 * A learner's browser session without a browser: what {@code CurrentSandbox} and
 * {@code CurrentLogin} need to work in a service test, exactly as they do behind a view.
 */
final class LearnerSession implements AutoCloseable {

    private final VaadinSession previous = VaadinSession.getCurrent();
    private final MockHttpSession http = new MockHttpSession();
    // Held here: Vaadin keeps the current session only weakly.
    private final VaadinSession session;

    LearnerSession() {
        ReentrantLock lock = new ReentrantLock();
        lock.lock();
        VaadinService service = mock(VaadinService.class, invocation -> invocation.getMethod().getName().equals("getSessionLock")
                ? lock : RETURNS_DEFAULTS.answer(invocation));
        session = new VaadinSession(service);
        session.refreshTransients(new WrappedHttpSession(http), service);
        VaadinSession.setCurrent(session);
    }

    /** The sandbox is this session's, as after the first page view (the attribute of SessionBinding). */
    void bind(Sandbox sandbox) {
        http.setAttribute("sandkassen.sandbox", sandbox.id().toString());
    }

    @Override
    public void close() {
        VaadinSession.setCurrent(previous);
    }
}
