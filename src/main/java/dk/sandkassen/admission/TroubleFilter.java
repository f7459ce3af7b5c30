package dk.sandkassen.admission;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When what lies under the app fails before Vaadin can answer — the session store or the
 * admission count cannot reach a closed database — the visitor gets the calm page in their
 * language that tries again by itself (503), never the servlet container's error page. The
 * failure is logged once here; readiness already tells the load balancer.
 */
class TroubleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(TroubleFilter.class);
    static final long RETRY_SECONDS = 30;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!fromTheStorage(e) || response.isCommitted()) {
                throw e;
            }
            log.error("The storage failed while answering {} {}", request.getMethod(), request.getRequestURI(), e);
            response.reset();
            BusyPage.write(request, response, BusyPage.Reason.TROUBLE, RETRY_SECONDS);
        }
    }

    /** A database or transaction failure anywhere in the chain of causes. */
    static boolean fromTheStorage(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessException || cause instanceof TransactionException
                    || cause instanceof java.sql.SQLException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
