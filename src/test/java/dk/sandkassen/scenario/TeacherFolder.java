package dk.sandkassen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sandkassen.sandbox.SandboxId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A teacher's folder for the checks' tests: each test writes a one-step exercise into it, and
 * the library reads it like any other teacher's file.
 */
final class TeacherFolder {

    private TeacherFolder() {
    }

    static Path create(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the exercise, lets the library read it (without a problem) and returns it. */
    static Exercise add(ExerciseLibrary library, Path folder, String id, String topic, String persona, String setup,
                        String check) {
        String yaml = """
                id: %s
                title: { da: Test }
                topic: %s
                level: beginner
                minutes: 5
                persona: %s
                %s
                steps:
                  - id: one
                    text: { da: Gør det. }
                    check: %s
                """.formatted(id, topic, persona, setup.isBlank() ? "" : "setup:\n" + setup.stripTrailing(), check);
        try {
            Files.writeString(folder.resolve(id + ".yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        library.refreshIfChanged();
        assertThat(library.snapshot().problems()).extracting(p -> p.describe(Locale.ENGLISH)).isEmpty();
        return library.find(id).orElseThrow();
    }

    static void assertComplete(Exercises exercises, SandboxId sandbox, boolean complete) {
        assertThat(exercises.progress(sandbox).orElseThrow().complete())
                .as(complete ? "the exercise is complete" : "the exercise is not complete yet").isEqualTo(complete);
    }
}
