package dk.sandkassen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The teachers' command-line check: one line per problem ({@code file:line:col: message}) or
 * {@code N files OK}, exit code 1 or 0, and no web server started.
 */
class ScenarioValidationTest {

    @Test
    void theShippedExercisesAreAllOk() {
        Run run = validate(Path.of("scenarios"), Locale.ENGLISH);
        assertThat(run.code()).isZero();
        assertThat(run.lines()).containsExactly(ScenarioFilesTest.SHIPPED.files() + " files OK");
    }

    @Test
    void aFolderWithMistakesGetsOneLinePerProblemAndExitCodeOne() {
        Run run = validate(BrokenScenariosTest.BROKEN, Locale.ENGLISH);
        assertThat(run.code()).isOne();
        assertThat(run.lines()).hasSize(8).allMatch(line -> line.matches(".+\\.yaml:\\d+:\\d+: .+"));
        assertThat(run.lines()).contains(BrokenScenariosTest.BROKEN.resolve("near-miss-check.yaml")
                + ":13:7: unknown check 'acessGranted' (did you mean 'accessGranted'?)");
    }

    @Test
    void inDanishForADanishTeacher(@TempDir Path folder) throws IOException {
        Files.copy(Path.of("scenarios/RA-001.yaml"), folder.resolve("RA-001.yaml"));
        assertThat(validate(folder, Locale.of("da", "DK")).lines()).containsExactly("1 fil OK");
        assertThat(validate(folder.resolve("missing"), Locale.of("da", "DK")).code()).isOne();
    }

    @Test
    void theApplicationValidatesWithoutStartingTheWebServer() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Duser.language=en", "dk.sandkassen.Application", "--validate", BrokenScenariosTest.BROKEN.toString())
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isOne();
        assertThat(output).contains("wrong-types.yaml:6:1: 'minutes' must be a number.").doesNotContain("Tomcat", "Spring");
    }

    private static Run validate(Path folder, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = ScenarioValidation.run(folder, new PrintStream(bytes, true, StandardCharsets.UTF_8), locale);
        return new Run(code, bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    record Run(int code, List<String> lines) {
    }
}
