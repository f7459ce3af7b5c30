package dk.sandkassen.post.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import dk.sandkassen.post.Draft;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Receives a file for a message being written, and never holds more of it than the message
 * may still carry: Digital Post's 10 files and 10 MB in total. A file that is declared too
 * large is refused before a byte of it is read; one that turns out too large is refused the
 * moment it passes the limit, and the rest of the request is left unread. The learner is told
 * in the page, as for the browser's own check, and keeps everything typed.
 * See docs/decisions/0007-bounded-uploads.md.
 */
final class BoundedUpload implements UploadHandler {

    /** Longest file name kept; the database column holds 255 characters. */
    static final int MAX_NAME = 255;
    /** What multipart framing may add to a request beyond its files. */
    private static final long FRAMING = 64 * 1024;
    /** Read in pieces this size while the length is unknown: nothing is copied until it all fits. */
    private static final int PIECE = 64 * 1024;
    /** Longest type kept; the database column holds 100 characters. */
    private static final int MAX_TYPE = 100;
    private static final Pattern TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");

    private final SerializableSupplier<List<Draft.NewFile>> attached;
    private final SerializableConsumer<Draft.NewFile> attach;
    private final SerializableBiConsumer<String, String> refuse;
    // Bytes and files being received right now, so that uploads running side by side share
    // one budget. Only read and changed under the session's lock, like the view's own fields.
    private long receivingBytes;
    private int receivingFiles;

    /**
     * @param attached the files the message already has (read under the session's lock)
     * @param attach   takes a received file (called under the session's lock)
     * @param refuse   tells the learner why a file was not attached: its name and a translation key
     */
    BoundedUpload(SerializableSupplier<List<Draft.NewFile>> attached, SerializableConsumer<Draft.NewFile> attach,
                  SerializableBiConsumer<String, String> refuse) {
        this.attached = attached;
        this.attach = attach;
        this.refuse = refuse;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String name = fileName(event.getFileName());
        // The raw upload's Content-Length, or the multipart part's size; -1 when not declared.
        long declared = event.getFileSize();
        long requestLength = event.getRequest().getContentLengthLong();
        long[] granted = {-1};
        ui.accessSynchronously(() -> {
            List<Draft.NewFile> files = attached.get();
            long left = Draft.MAX_TOTAL_BYTES - receivingBytes - files.stream().mapToLong(f -> f.data().length).sum();
            if (files.size() + receivingFiles >= Draft.MAX_FILES) {
                refuse(event, ui, name, "compose.too-many-files");
            } else if (declared > left || requestLength > left + FRAMING) {
                refuse(event, ui, name, "compose.too-large");
            } else {
                granted[0] = declared >= 0 ? declared : Math.max(left, 0);
                receivingBytes += granted[0];
                receivingFiles++;
            }
        });
        if (granted[0] < 0) {
            return;
        }
        byte @Nullable [] data;
        try (InputStream in = event.getInputStream()) {
            data = readAtMost(in, granted[0], declared >= 0);
        } catch (IOException | RuntimeException e) {
            // The browser went away or the request broke off: nothing to attach, nothing to say.
            ui.accessSynchronously(() -> release(granted[0]));
            throw e;
        }
        ui.accessSynchronously(() -> {
            release(granted[0]);
            if (data == null) {
                refuse(event, ui, name, "compose.too-large");
            } else {
                attach.accept(new Draft.NewFile(name, contentType(event.getContentType()), data));
            }
        });
    }

    private void release(long bytes) {
        receivingBytes -= bytes;
        receivingFiles--;
    }

    private void refuse(UploadEvent event, UI ui, String name, String problem) {
        event.reject(ui.getTranslation(problem));
        refuse.accept(name, problem);
    }

    /**
     * Reads the whole stream if it holds at most {@code limit} bytes, or returns null as soon as
     * it holds more, without reading further. A known length is read into one array of that size;
     * an unknown one in pieces, so that no more than the limit and one piece is ever held.
     */
    static byte @Nullable [] readAtMost(InputStream in, long limit, boolean exact) throws IOException {
        if (exact) {
            byte[] data = new byte[(int) limit];
            int read = in.readNBytes(data, 0, data.length);
            if (read < data.length) {
                throw new EOFException("The upload ended after " + read + " of " + limit + " bytes");
            }
            return in.read() < 0 ? data : null;
        }
        List<byte[]> pieces = new ArrayList<>();
        long total = 0;
        while (true) {
            byte[] piece = in.readNBytes(PIECE);
            total += piece.length;
            if (total > limit) {
                return null;
            }
            if (piece.length == 0) {
                break;
            }
            pieces.add(piece);
        }
        byte[] data = new byte[(int) total];
        int at = 0;
        for (byte[] piece : pieces) {
            System.arraycopy(piece, 0, data, at, piece.length);
            at += piece.length;
        }
        return data;
    }

    /**
     * The name as the learner knows it: without a folder some browsers send along, without
     * control characters, and shortened to {@link #MAX_NAME} characters with its extension kept,
     * so a very long name is attached rather than refused.
     */
    static String fileName(@Nullable String sent) {
        String name = sent == null ? "" : sent;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() <= MAX_NAME) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        int keep = MAX_NAME - extension.length();
        if (Character.isHighSurrogate(name.charAt(keep - 1))) {
            keep--;
        }
        return name.substring(0, keep) + extension;
    }

    /** The declared type if it looks like one and fits the database column; else "unknown". */
    static String contentType(@Nullable String declared) {
        String type = declared == null ? "" : declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.length() <= MAX_TYPE && TYPE.matcher(type).matches() ? type : "application/octet-stream";
    }
}
