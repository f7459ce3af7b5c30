package dk.sandkassen.post.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sandkassen.post.Draft;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** How much of an upload is read before it is refused, and what its name and type become. */
class BoundedUploadTest {

    @Test
    void anEndlessUploadIsGivenUpOnJustPastTheLimitNotReadToTheEnd() throws IOException {
        CountingZeros upload = new CountingZeros(300L * 1024 * 1024);
        assertThat(BoundedUpload.readAtMost(upload, Draft.MAX_TOTAL_BYTES, false)).isNull();
        assertThat(upload.read).isGreaterThan(Draft.MAX_TOTAL_BYTES).isLessThan(Draft.MAX_TOTAL_BYTES + 128 * 1024);
    }

    @Test
    void aFileWithinTheLimitIsReadWholeWhetherItsLengthIsKnownOrNot() throws IOException {
        byte[] file = "Mit spørgsmål står her.".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(BoundedUpload.readAtMost(new ByteArrayInputStream(file), file.length, true)).isEqualTo(file);
        assertThat(BoundedUpload.readAtMost(new ByteArrayInputStream(file), Draft.MAX_TOTAL_BYTES, false)).isEqualTo(file);
        assertThat(BoundedUpload.readAtMost(new ByteArrayInputStream(new byte[0]), Draft.MAX_TOTAL_BYTES, false)).isEmpty();
    }

    @Test
    void aFileLongerThanItSaidIsRefused() throws IOException {
        assertThat(BoundedUpload.readAtMost(new ByteArrayInputStream(new byte[101]), 100, true)).isNull();
    }

    @Test
    void aVeryLongNameIsShortenedKeepingItsExtensionAndAFolderIsLeftOut() {
        String shortened = BoundedUpload.fileName("a".repeat(1000) + ".pdf");
        assertThat(shortened).hasSize(BoundedUpload.MAX_NAME).endsWith("a.pdf");
        assertThat(BoundedUpload.fileName("C:\\Users\\Karen\\Skrivebord\\brev.pdf")).isEqualTo("brev.pdf");
        assertThat(BoundedUpload.fileName("brev\r\n.pdf")).isEqualTo("brev.pdf");
        assertThat(BoundedUpload.fileName("😀".repeat(200))).hasSizeLessThanOrEqualTo(BoundedUpload.MAX_NAME)
                .matches(name -> !Character.isHighSurrogate(name.charAt(name.length() - 1)));
    }

    @Test
    void aTypeThatIsNoTypeOrTooLongForTheDatabaseBecomesUnknownBytes() {
        assertThat(BoundedUpload.contentType("Text/Plain; charset=UTF-8")).isEqualTo("text/plain");
        assertThat(BoundedUpload.contentType("application/" + "x".repeat(200))).isEqualTo("application/octet-stream");
        assertThat(BoundedUpload.contentType("<script>")).isEqualTo("application/octet-stream");
        assertThat(BoundedUpload.contentType(null)).isEqualTo("application/octet-stream");
    }

    /** Zero bytes made as they are read, counting how many were asked for. */
    private static final class CountingZeros extends InputStream {
        private final long size;
        long read;

        CountingZeros(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 0;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - read);
            java.util.Arrays.fill(into, offset, offset + n, (byte) 0);
            read += n;
            return n;
        }
    }
}
