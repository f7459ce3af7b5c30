package dk.sandkassen.admission;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decides, before anything is created, whether a request that would start a new learner
 * session may: it runs after Spring Session's filter (so it knows whether the browser already
 * has a session) and before Vaadin. Learners already inside are never turned away. A new
 * visitor is turned away with {@link BusyPage} when the node is full or their address has
 * started too many sessions just now — with no session, no sandbox and no UI made.
 */
class AdmissionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AdmissionFilter.class);
    /** Seconds a visitor turned away by a full node waits before the page tries again. */
    static final long FULL_RETRY_SECONDS = 20;
    /** A load balancer's health probes on the public port (docs/deploy.md): never turned away, never a session. */
    private static final java.util.Set<String> PROBES = java.util.Set.of("/livez", "/readyz");

    private final Capacity capacity;
    private final NewVisitors newVisitors;
    private final LearnerTimeout timeout;

    AdmissionFilter(Capacity capacity, NewVisitors newVisitors, LearnerTimeout timeout) {
        this.capacity = capacity;
        this.newVisitors = newVisitors;
        this.timeout = timeout;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("uidl".equals(request.getParameter("v-r"))) {
            timeout.uiRequest(request);
        }
        if (neverStartsASession(request) || request.getSession(false) != null) {
            chain.doFilter(request, response);
            return;
        }
        if (isFile(request) && !path(request).startsWith("/VAADIN/")) {
            if (exists(request)) {
                chain.doFilter(request, response); // served as it is, without a session
            } else {
                // A missing file (a scanner's /wp-login.php) would reach Vaadin's router and start a session.
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        // From here on, the request would make Vaadin start a session: a page, the UI's start, or
        // something under /VAADIN/ it does not find. Every such request is admitted here or not at all.
        if (capacity.isFull()) {
            log.debug("Full ({} sessions): turned away a new visitor", capacity.openSessions());
            BusyPage.write(request, response, BusyPage.Reason.FULL, FULL_RETRY_SECONDS);
            return;
        }
        OptionalLong wait = newVisitors.admit(request.getRemoteAddr());
        if (wait.isPresent()) {
            log.debug("Too many new sessions from {}: turned away for {} s", request.getRemoteAddr(), wait.getAsLong());
            BusyPage.write(request, response, BusyPage.Reason.BUSY, wait.getAsLong());
            return;
        }
        chain.doFilter(request, response);
    }

    /** The health probes, the management paths and the UI's own traffic (which says "session expired" instead). */
    static boolean neverStartsASession(HttpServletRequest request) {
        String type = request.getParameter("v-r");
        String path = path(request);
        return (type != null && !type.equals("init")) || path.startsWith("/actuator") || PROBES.contains(path);
    }

    /** Anything whose last part has an extension is a file, never a page of the app (its routes have none). */
    static boolean isFile(HttpServletRequest request) {
        String path = path(request);
        return path.substring(path.lastIndexOf('/') + 1).contains(".");
    }

    private static boolean exists(HttpServletRequest request) {
        try {
            return request.getServletContext().getResource(path(request)) != null;
        } catch (java.net.MalformedURLException e) {
            return false;
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
