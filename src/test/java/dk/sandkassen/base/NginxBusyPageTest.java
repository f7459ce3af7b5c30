package dk.sandkassen.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * nginx's calm page for a refused new visitor (deploy/nginx/sandkassen-busy.html) is a static file
 * that nginx serves without asking a node, so it cannot pick the visitor's language: it says the
 * same as the app's own busy page in every configured language, each part marked with its
 * language (and Arabic right to left), so that a screen reader speaks it in the right voice.
 */
class NginxBusyPageTest {

    private static final Path PAGE = Path.of("deploy/nginx/sandkassen-busy.html");
    private static final Pattern SECTION = Pattern.compile("<section( lang=\"([a-z]+)\")?( dir=\"(rtl|ltr)\")?>(.*?)</section>",
            Pattern.DOTALL);

    @Test
    void saysTheAppsOwnWordsInEveryConfiguredLanguageEachMarkedWithItsLanguageAndDirection() throws IOException {
        String html = Files.readString(PAGE);
        assertThat(html).contains("<html lang=\"da\">").contains("noindex").contains("http-equiv=\"refresh\" content=\"20\"");
        for (String code : TranslationFilesOnDisk.configured()) {
            Properties texts = TranslationFilesOnDisk.all().get(code);
            String section = section(html, code);
            assertThat(section).as("a <section> in %s (lang=\"%s\"%s)", code, code, rtl(code) ? " dir=\"rtl\"" : "")
                    .isNotNull();
            Locale locale = Locale.forLanguageTag(code);
            assertThat(section).as("the busy page in %s", code)
                    .contains(format(texts, "admission.busy.title", locale))
                    .contains(format(texts, "admission.busy.text", locale))
                    .contains(format(texts, "admission.retry-now", locale));
        }
    }

    /** The part of the page in that language; Danish, the page's own language, has no lang of its own. */
    private static String section(String html, String code) {
        Matcher matcher = SECTION.matcher(html);
        while (matcher.find()) {
            String lang = matcher.group(2) == null ? "da" : matcher.group(2);
            boolean markedRtl = "rtl".equals(matcher.group(4));
            if (lang.equals(code) && markedRtl == rtl(code)) {
                return matcher.group(5);
            }
        }
        return null;
    }

    private static boolean rtl(String code) {
        return dk.sandkassen.shared.Languages.rightToLeft(Locale.forLanguageTag(code));
    }

    private static String format(Properties texts, String key, Locale locale) {
        return new MessageFormat(texts.getProperty(key), locale).format(new Object[] {"20"});
    }
}
