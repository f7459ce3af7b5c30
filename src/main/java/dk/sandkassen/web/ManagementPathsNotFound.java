package dk.sandkassen.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/**
 * On the public port, everything under the management base path ({@code /actuator}) is simply
 * not there: a plain 404, no session. The endpoints live on the management port (127.0.0.1);
 * without this a stranger would get Vaadin's page, a 200 and a new session for any such path.
 */
class ManagementPathsNotFound extends HttpFilter {

    private final String basePath;

    ManagementPathsNotFound(String basePath) {
        this.basePath = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The container's decoded, normalised path: /actuator/./x or /actuator;x/y are the same path.
        String path = request.getServletPath() + Objects.requireNonNullElse(request.getPathInfo(), "");
        if (path.equals(basePath) || path.startsWith(basePath + "/")) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Not Found\n");
            return;
        }
        chain.doFilter(request, response);
    }
}
