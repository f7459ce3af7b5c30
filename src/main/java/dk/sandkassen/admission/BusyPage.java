package dk.sandkassen.admission;

import dk.sandkassen.shared.Languages;
import dk.sandkassen.shared.TranslationFiles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

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
        Locale locale = language(request);
        String seconds = String.valueOf(retrySeconds);
        String html = """
                <!DOCTYPE html>
                <html lang="%s" dir="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex, nofollow">
                <meta http-equiv="refresh" content="%s">
                <title>%s</title>
                <style>
                body { font-family: system-ui, sans-serif; font-size: 1.25rem; line-height: 1.5; color: #1a1a1a;
                       background: #f4f6f8; margin: 0; padding: 2rem 1rem; }
                main { max-width: 36rem; margin: 10vh auto; background: #fff; border-radius: 12px; padding: 2rem; }
                h1 { font-size: 1.6rem; margin-top: 0; }
                a { color: #0b57d0; }
                </style>
                </head>
                <body>
                <main>
                <h1>%s</h1>
                <p>%s</p>
                <p><a href="">%s</a></p>
                </main>
                </body>
                </html>
                """.formatted(locale.getLanguage(), Languages.rightToLeft(locale) ? "rtl" : "ltr", seconds,
                escape(text("admission." + reason.key() + ".title", locale)),
                escape(text("admission." + reason.key() + ".title", locale)),
                escape(text("admission." + reason.key() + ".text", locale, retrySeconds)),
                escape(text("admission.retry-now", locale)));
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(reason.status);
        response.setHeader("Retry-After", seconds);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** {@code ?lang=} if the link asked, else the first language of the browser's that Sandkassen speaks, else Danish. */
    static Locale language(HttpServletRequest request) {
        Optional<Locale> asked = Optional.ofNullable(request.getParameter("lang")).map(Languages::byTag);
        return asked.orElseGet(() -> Collections.list(request.getLocales()).stream()
                .flatMap(wanted -> Languages.supported().stream()
                        .filter(spoken -> spoken.getLanguage().equals(wanted.getLanguage())))
                .findFirst()
                .orElse(Languages.DANISH));
    }

    private static String text(String key, Locale locale, Object... parameters) {
        return TranslationFiles.translate(key, locale, parameters).orElse(key);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
