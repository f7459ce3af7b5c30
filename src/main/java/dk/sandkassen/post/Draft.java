package dk.sandkassen.post;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A message being written: to whom, about what, with which files. A reply names the letter it
 * answers; its recipient is that letter's sender.
 */
public record Draft(@Nullable Long id, @Nullable SenderCategory category, @Nullable String authority, String subject,
                    String text, List<NewFile> files, @Nullable Long inReplyTo) {

    /** Digital Post's limits for a citizen's message: 10 files, 10 MB in total. */
    public static final int MAX_FILES = 10;
    public static final long MAX_TOTAL_BYTES = 10L * 1024 * 1024;
    /** Limits of what the citizen types, checked by the composer (the page's fields say them too). */
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_TEXT = 10_000;

    public record NewFile(String name, String contentType, byte[] data) {
    }

    public Draft {
        files = List.copyOf(files);
    }

    public long totalBytes() {
        return files.stream().mapToLong(f -> f.data().length).sum();
    }
}
