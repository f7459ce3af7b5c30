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

    static final Path BROKEN_LESSONS = Path.of("src/test/resources/lessons-broken");

    @Test
    void aBrokenLessonGetsFileLineAndColumnAndExitCodeOne() {
        Run run = validate(BROKEN_LESSONS, Locale.ENGLISH);
        assertThat(run.code()).isOne();
        assertThat(run.lines()).containsExactly(
                BROKEN_LESSONS.resolve("bad-pacing.yaml") + ":3:1: 'folow' is not a valid value for 'pacing'"
                        + " (did you mean 'follow'?). Use one of: self, follow.",
                BROKEN_LESSONS.resolve("missing-title.yaml") + ":2:1: Missing at the top of the file: title. Add it.",
                BROKEN_LESSONS.resolve("unknown-exercise.yaml") + ":8:5: There is no exercise 'FLD-01' (did you mean 'FLD-001'?).",
                BROKEN_LESSONS.resolve("unknown-exercise.yaml") + ":9:5: There is no exercise 'ZZ-999'. Use the id of an"
                        + " exercise shipped with Sandkassen or in your folder (see the teacher page).");
        assertThat(validate(BROKEN_LESSONS, Locale.of("da", "DK")).lines()).contains(BROKEN_LESSONS.resolve("unknown-exercise.yaml")
                + ":8:5: Der er ingen øvelse 'FLD-01' (mente du 'FLD-001'?).");
    }

    /**
     * A lesson (and an exercise's {@code next}) in a teacher's folder may name the shipped
     * exercises, as in the running app; an exercise of the folder that is left out is named with
     * its file, since fixing that file is what brings the lesson back.
     */
    @Test
    void aLessonIsCheckedWithTheExercisesBesideIt(@TempDir Path folder) throws IOException {
        Files.copy(BROKEN_LESSONS.resolve("good-lesson.yaml"), folder.resolve("good-lesson.yaml"));
        assertThat(validate(folder, Locale.ENGLISH).lines()).containsExactly("1 file OK");

        Files.writeString(folder.resolve("mine.yaml"), """
                id: MY-001
                title: { da: Min øvelse }
                topic: post
                level: beginner
                minutes: 5
                persona: pensioner
                next: PST-001
                steps:
                  - { id: open, text: { da: Åbn et brev. }, check: { letterOpened: forsvarets-dg } }
                """);
        Files.writeString(folder.resolve("class.yaml"), """
                lesson: HOLD-001
                title: { da: Mit hold }
                pacing: self
                exercises:
                  - MY-001
                  - PST-001
                  - PST-001
                """);
        Files.writeString(folder.resolve("class-copy.yaml"), """
                lesson: HOLD-104
                title: { da: Samme id som good-lesson.yaml }
                pacing: self
                exercises: [PST-001]
                """);
        Files.writeString(folder.resolve("no-id.yaml"), """
                title: { da: Et hold uden id }
                pacing: self
                exercises: [PST-001]
                """);
        Files.writeString(folder.resolve("bad-id.yaml"), """
                lesson: HOLD-1
                title: { da: Et hold }
                pacing: self
                exercises: [PST-001]
                """);
        Run run = validate(folder, Locale.ENGLISH);
        assertThat(run.code()).isOne();
        assertThat(run.lines()).containsExactly(
                folder.resolve("bad-id.yaml") + ":1:1: 'HOLD-1' is not a valid lesson id. A lesson id looks like HOLD-001"
                        + " (HOLD, a dash, 3 digits).",
                folder.resolve("class.yaml") + ":5:5: The exercise 'MY-001' is left out because mine.yaml has a problem."
                        + " Fix that file, and the lesson comes back with it.",
                folder.resolve("class.yaml") + ":7:5: The exercise 'PST-001' is in the lesson twice. Name every exercise once.",
                folder.resolve("good-lesson.yaml") + ":1:1: The lesson id 'HOLD-104' is already used in class-copy.yaml."
                        + " Give this lesson its own id.",
                folder.resolve("mine.yaml") + ":9:54: There is no letter 'forsvarets-dg' in setup.letters or in the letter"
                        + " catalogue (did you mean 'forsvarets-dag'?).",
                folder.resolve("no-id.yaml") + ":1:1: Missing at the top of the file: lesson. Add it.");
    }

    @Test
    void inDanishForADanishTeacher(@TempDir Path folder) throws IOException {
        Files.copy(Path.of("scenarios/RA-001.yaml"), folder.resolve("RA-001.yaml"));
        assertThat(validate(folder, Locale.of("da", "DK")).lines()).containsExactly("1 fil OK");
        assertThat(validate(folder.resolve("missing"), Locale.of("da", "DK")).code()).isOne();
    }

    @Test
    void theApplicationValidatesWithoutStartingTheWebServer() throws Exception {
        Run run = application(BrokenScenariosTest.BROKEN);
        assertThat(run.code()).isOne();
        assertThat(String.join("\n", run.lines())).contains("wrong-types.yaml:6:1: 'minutes' must be a number.")
                .doesNotContain("Tomcat", "Spring");
        Run lessons = application(BROKEN_LESSONS);
        assertThat(lessons.code()).isOne();
        assertThat(lessons.lines()).contains(BROKEN_LESSONS.resolve("bad-pacing.yaml") + ":3:1: 'folow' is not a valid value"
                + " for 'pacing' (did you mean 'follow'?). Use one of: self, follow.");
    }

    /** {@code java -jar sandkassen.jar --validate folder}, in English. */
    private static Run application(Path folder) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Duser.language=en", "dk.sandkassen.Application", "--validate", folder.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output.lines().toList());
    }

    private static Run validate(Path folder, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = ScenarioValidation.run(folder, new PrintStream(bytes, true, StandardCharsets.UTF_8), locale);
        return new Run(code, bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    record Run(int code, List<String> lines) {
    }
}
