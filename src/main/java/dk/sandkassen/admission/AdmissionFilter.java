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
 * started too many sessions just now — with no session, no sandbox and no UI made. Those let
 * in, and the first requests of a UI not yet used, go through the {@link Doorway} a few at a time.
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
    private final Doorway doorway;

    AdmissionFilter(Capacity capacity, NewVisitors newVisitors, LearnerTimeout timeout, Doorway doorway) {
        this.capacity = capacity;
        this.newVisitors = newVisitors;
        this.timeout = timeout;
        this.doorway = doorway;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("uidl".equals(request.getParameter("v-r"))) {
            timeout.uiRequest(request);
        }
        var session = request.getSession(false);
        if (session != null && timeout.stillNew(session) && isUiStart(request)) {
            throughTheDoor(request, response, chain, false);
            return;
        }
        if (neverStartsASession(request) || session != null) {
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
        throughTheDoor(request, response, chain, true);
    }

    /**
     * A new visitor's costly request, once there is a place at the door. A page that waited too
     * long gets the calm page (it tries again by itself); the UI's own requests of a page already
     * let in then go on regardless — the page has its session, and its script cannot show ours.
     */
    private void throughTheDoor(HttpServletRequest request, HttpServletResponse response, FilterChain chain, boolean page)
            throws IOException, ServletException {
        boolean entered;
        try {
            entered = page ? doorway.enterNewPage(request.getRemoteAddr()) : doorway.enterUi();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            entered = false;
        }
        if (!entered && page) {
            log.debug("Crowded door ({} waiting): a new visitor is asked to wait", doorway.waiting());
            BusyPage.write(request, response, BusyPage.Reason.BUSY, Doorway.CROWDED_RETRY_SECONDS);
            return;
        }
        try {
            if (page && capacity.isFull()) {
                // The node filled up while this visitor waited at the door.
                BusyPage.write(request, response, BusyPage.Reason.FULL, FULL_RETRY_SECONDS);
                return;
            }
            chain.doFilter(request, response);
        } finally {
            if (entered) {
                doorway.leave();
            }
        }
    }

    /** The UI's start and its requests ({@code v-r=init}, {@code uidl}); not its heartbeat, push or files. */
    private static boolean isUiStart(HttpServletRequest request) {
        String type = request.getParameter("v-r");
        return "init".equals(type) || "uidl".equals(type);
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
