package dk.sandkassen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario text may be written in any language; a learner whose language it lacks reads English, then Danish. */
class TextLanguagesTest {

    @Test
    void aLanguageTheTextLacksFallsBackToEnglishThenDanish() {
        Text text = new Text(Map.of("da", "Log på", "en", "Log in", "uk", "Увійдіть"));
        assertThat(text.in(Locale.of("uk"))).isEqualTo("Увійдіть");
        assertThat(text.in(Locale.of("ar"))).isEqualTo("Log in");
        assertThat(text.in(Locale.of("da", "DK"))).isEqualTo("Log på");
        assertThat(Text.danish("Log på").in(Locale.of("ar"))).isEqualTo("Log på");
        assertThat(Text.danish("Log på").in(Locale.ENGLISH)).isEqualTo("Log på");
    }

    @Test
    void anExerciseWithArabicAndUkrainianLinesValidates(@TempDir Path folder) throws IOException {
        String exercise = Files.readString(Path.of("scenarios/EX-001.yaml")).replaceAll("(?m)^\\s+(ar|uk): .*\n", "")
                .replace("  en: Exemption from Digital Post\n",
                        "  en: Exemption from Digital Post\n  ar: الإعفاء من البريد الرقمي\n  uk: Звільнення від Digital Post\n");
        assertThat(exercise).contains("ar: ");
        Files.writeString(folder.resolve("EX-001.yaml"), exercise);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = ScenarioValidation.run(folder, new PrintStream(out, true, StandardCharsets.UTF_8), Locale.ENGLISH);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("1 file OK" + System.lineSeparator());
        assertThat(code).isZero();
    }
}
