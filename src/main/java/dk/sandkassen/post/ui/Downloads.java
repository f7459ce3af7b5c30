package dk.sandkassen.post.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.sandkassen.post.Download;
import dk.sandkassen.post.PostAccessDenied;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** Hands a letter's PDF or an attached file to the browser, made when it is asked for. */
final class Downloads {

    private Downloads() {
    }

    /** @param inline shown in the browser's own viewer (a PDF in a new tab) rather than saved */
    static DownloadHandler of(Supplier<Download> file, boolean inline) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                Download download = file.get();
                if (inline) {
                    event.inline(download.fileName());
                }
                return new DownloadResponse(new ByteArrayInputStream(download.bytes()), download.fileName(),
                        download.contentType(), download.bytes().length);
            } catch (PostAccessDenied denied) {
                return DownloadResponse.error(403);
            }
        });
    }
}
