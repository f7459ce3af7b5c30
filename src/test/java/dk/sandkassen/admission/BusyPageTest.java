package dk.sandkassen.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The "full" page is written outside the UI, in the visitor's language and its direction. */
class BusyPageTest {

    @Test
    void anArabicVisitorGetsTheFullPageRightToLeftAUkrainianOneLeftToRight() throws IOException {
        assertThat(page("ar", null)).contains("<html lang=\"ar\" dir=\"rtl\">").containsPattern("\\p{IsArabic}{4}")
                .contains("20").doesNotContainPattern("[٠-٩]");
        assertThat(page(null, "uk-UA,uk;q=0.9,en;q=0.5")).contains("<html lang=\"uk\" dir=\"ltr\">").containsPattern("\\p{IsCyrillic}{4}");
        assertThat(page(null, "fr-FR")).contains("<html lang=\"da\" dir=\"ltr\">").contains("Sandkassen er fuld lige nu");
    }

    private static String page(String lang, String acceptLanguage) throws IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        if (lang != null) {
            request.setParameter("lang", lang);
        }
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
            request.setPreferredLocales(java.util.Arrays.stream(acceptLanguage.split(","))
                    .map(tag -> Locale.forLanguageTag(tag.split(";")[0])).toList());
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        BusyPage.write(request, response, BusyPage.Reason.FULL, 20);
        assertThat(response.getStatus()).isEqualTo(503);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
