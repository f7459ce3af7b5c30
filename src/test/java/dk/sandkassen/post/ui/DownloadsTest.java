package dk.sandkassen.post.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an attached file may become in the browser when it comes back. */
class DownloadsTest {

    @Test
    void onlyTypesABrowserShowsWithoutRunningAnythingAreKept() {
        assertThat(Downloads.safeType("application/pdf")).isEqualTo("application/pdf");
        assertThat(Downloads.safeType("image/PNG")).isEqualTo("image/png");
        assertThat(Downloads.safeType("image/jpeg")).isEqualTo("image/jpeg");
        assertThat(Downloads.safeType("image/gif")).isEqualTo("image/gif");
        assertThat(Downloads.safeType("text/plain; charset=UTF-8")).isEqualTo("text/plain");
        for (String runs : new String[] {"text/html", "image/svg+xml", "application/xhtml+xml", "text/xml",
                "application/javascript", "text/html; charset=UTF-8", "multipart/x-mixed-replace", "unknown"}) {
            assertThat(Downloads.safeType(runs)).as(runs).isEqualTo("application/octet-stream");
        }
    }

    @Test
    void aNameCannotEndTheHeaderOrStartAnotherOne() {
        assertThat(Downloads.safeName("side\".html")).isEqualTo("side_.html");
        assertThat(Downloads.safeName("a\r\nSet-Cookie: x=y.txt")).isEqualTo("a__Set-Cookie: x=y.txt");
        assertThat(Downloads.safeName("..\\..\\brev.pdf")).isEqualTo(".._.._brev.pdf");
        assertThat(Downloads.safeName("Ærø årsopgørelse.pdf")).isEqualTo("Ærø årsopgørelse.pdf");
    }
}
