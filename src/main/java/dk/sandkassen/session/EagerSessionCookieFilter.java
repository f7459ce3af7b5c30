package dk.sandkassen.session;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes the session cookie the moment a session is created or its id changes.
 *
 * <p>Spring Session normally writes the cookie when the response is committed. Vaadin's
 * Spring integration forwards every request to its servlet, and the servlet container
 * commits and closes a forwarded response itself, past Spring Session's response wrapper,
 * so the cookie was never sent and the browser said cookies were disabled. Runs right after
 * Spring Session's filter. See docs/decisions/0003-spring-session-with-vaadin.md.
 */
class EagerSessionCookieFilter extends OncePerRequestFilter {

    private final HttpSessionIdResolver resolver;

    EagerSessionCookieFilter(HttpSessionIdResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new CookieWritingRequest(request, response), response);
    }

    private final class CookieWritingRequest extends HttpServletRequestWrapper {

        private final HttpServletResponse response;

        CookieWritingRequest(HttpServletRequest request, HttpServletResponse response) {
            super(request);
            this.response = response;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession session = super.getSession(create);
            if (session != null && !session.getId().equals(getRequestedSessionId()) && !response.isCommitted()) {
                // The resolver remembers what it wrote, so Spring Session will not write it twice.
                resolver.setSessionId(this, response, session.getId());
            }
            return session;
        }

        @Override
        public String changeSessionId() {
            String id = super.changeSessionId();
            if (!response.isCommitted()) {
                resolver.setSessionId(this, response, id);
            }
            return id;
        }
    }
}
