package dk.sandkassen.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A small page written straight to the response, without a session, a sandbox or a UI: what is
 * going on in the visitor's language, with {@code lang} and {@code dir}, and one link: the busy,
 * full and trouble pages at the door.
 *
 * @param title translation key of the heading (and the tab's title)
 * @param text translation key of the sentence under it
 * @param link translation key of the link's words
 * @param href where the link goes ({@code ""}: this page again)
 * @param refreshSeconds the page loads itself again after this long, or {@code null}
 */
public record CalmPage(String title, String text, String link, String href, @Nullable Long refreshSeconds) {

    /** Writes the page with {@code status}; {@code arguments} fill the text's placeholders. */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, Object... arguments)
            throws IOException {
        Locale locale = language(request);
        String refresh = refreshSeconds == null ? ""
                : "<meta http-equiv=\"refresh\" content=\"" + refreshSeconds + "\">\n";
        String html = """
                <!DOCTYPE html>
                <html lang="%s" dir="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex, nofollow">
                %s<title>%s</title>
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
                <p><a href="%s">%s</a></p>
                </main>
                </body>
                </html>
                """.formatted(locale.getLanguage(), Languages.rightToLeft(locale) ? "rtl" : "ltr", refresh,
                escape(translate(title, locale)), escape(translate(title, locale)),
                escape(translate(text, locale, arguments)), escape(href), escape(translate(link, locale)));
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * {@code ?lang=} if the link asked, else the first language of the browser's that Sandkassen
     * speaks, else Danish (also when the browser names none: the container would say its own).
     */
    public static Locale language(HttpServletRequest request) {
        Optional<Locale> asked = Optional.ofNullable(request.getParameter("lang")).map(Languages::byTag);
        if (asked.isEmpty() && request.getHeader("Accept-Language") == null) {
            return Languages.DANISH;
        }
        return asked.orElseGet(() -> Collections.list(request.getLocales()).stream()
                .flatMap(wanted -> Languages.supported().stream()
                        .filter(spoken -> spoken.getLanguage().equals(wanted.getLanguage())))
                .findFirst()
                .orElse(Languages.DANISH));
    }

    private static String translate(String key, Locale locale, Object... arguments) {
        return TranslationFiles.translate(key, locale, arguments).orElse(key);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
