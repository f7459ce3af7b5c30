package dk.sandkassen.admission;

import dk.sandkassen.shared.CalmPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The calm page a new visitor gets when the node is full or their network has started many
 * sessions just now: what is going on, in their language, and that the page tries again by
 * itself (a plain refresh, no script). It is written without a session, a sandbox or a UI —
 * nothing is created for a visitor who is turned away.
 */
final class BusyPage {

    enum Reason {
        FULL(HttpServletResponse.SC_SERVICE_UNAVAILABLE), BUSY(429),
        /** Something under the app failed (its database closed): the node is unready and says so kindly. */
        TROUBLE(HttpServletResponse.SC_SERVICE_UNAVAILABLE);

        final int status;

        Reason(int status) {
            this.status = status;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private BusyPage() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, Reason reason, long retrySeconds)
            throws IOException {
        response.setHeader("Retry-After", String.valueOf(retrySeconds));
        new CalmPage("admission." + reason.key() + ".title", "admission." + reason.key() + ".text", "admission.retry-now", "",
                retrySeconds).write(request, response, reason.status, retrySeconds);
    }
}
