package dk.sandkassen.post.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.sandkassen.post.Download;
import dk.sandkassen.post.PostAccessDenied;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Hands a letter's PDF or an attached file to the browser, made when it is asked for.
 *
 * <p>A file a learner attached is whatever they (or anyone with their session) sent: its name
 * and type are theirs. So it is always saved, never shown, as a type no browser runs (an HTML
 * or SVG file would run its scripts on this site), with the browser told not to guess
 * (nosniff), and with a name that cannot break out of the header. Only a PDF may open in the
 * browser's own viewer, as the letters Sandkassen writes itself do.
 * See docs/decisions/0007-bounded-uploads.md.
 */
final class Downloads {

    private static final String PDF = "application/pdf";
    private static final String ANY = "application/octet-stream";
    /** Types a browser shows without running anything; everything else is saved as bytes. */
    private static final Set<String> SAFE = Set.of(PDF, "image/png", "image/jpeg", "image/gif", "text/plain");

    private Downloads() {
    }

    /** @param inline shown in the browser's own viewer (a PDF in a new tab) rather than saved */
    static DownloadHandler of(Supplier<Download> file, boolean inline) {
        var handler = DownloadHandler.fromInputStream(event -> {
            try {
                Download download = file.get();
                String type = safeType(download.contentType());
                String name = safeName(download.fileName());
                event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
                if (inline && type.equals(PDF)) {
                    event.inline(name);
                }
                return new DownloadResponse(new ByteArrayInputStream(download.bytes()), name, type,
                        download.bytes().length);
            } catch (PostAccessDenied denied) {
                return DownloadResponse.error(403);
            }
        });
        // Marked on the handler too, not only in the answer: otherwise Vaadin gives the link a
        // "download" attribute and "Åbn" saves the file like "Hent" does.
        return inline ? handler.inline() : handler;
    }

    /** The declared type if a browser shows it without running anything, else plain bytes. */
    static String safeType(String declared) {
        String type = declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return SAFE.contains(type) ? type : ANY;
    }

    /**
     * The name without what could end the header's quoted name or start a new header (quotes,
     * backslashes, control characters) or point into a folder (slashes).
     */
    static String safeName(String name) {
        String safe = name.replaceAll("[\\p{Cntrl}\"\\\\/]", "_").strip();
        return safe.length() <= BoundedUpload.MAX_NAME ? safe : BoundedUpload.fileName(safe);
    }
}
