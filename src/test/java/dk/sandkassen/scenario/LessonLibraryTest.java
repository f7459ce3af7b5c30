package dk.sandkassen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sandkassen.post.LetterCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lessons come from the same files and folders as exercises: the shipped ones are there at
 * once, and a teacher's lesson appears, changes and shows its mistakes on the teacher page as
 * the folder changes, without a restart.
 */
class LessonLibraryTest {

    @Test
    void aShippedLessonIsReadWithItsDefaults() {
        ExerciseLibrary library = new ExerciseLibrary(new LetterCatalogue(), dk.sandkassen.safety.MessageCatalogue.shipped(), Clock.systemUTC(), "");
        Lesson lesson = library.lesson("HOLD-001").orElseThrow();
        assertThat(lesson.title().in(Locale.of("da"))).isEqualTo("Digital Post for begyndere");
        assertThat(lesson.pacing()).isEqualTo(Pacing.FOLLOW);
        assertThat(lesson.exerciseIds()).containsExactly("PST-001", "FLD-001", "NOT-001");
        assertThat(lesson.seed()).isEqualTo(21L);
        assertThat(lesson.allowNames()).as("learners get a nickname unless the teacher allows names").isFalse();
        assertThat(library.lesson("HOLD-003").orElseThrow().seed()).isNull();
    }

    @Test
    void aLessonInTheTeachersFolderComesAndGoesWithTheFile(@TempDir Path folder) throws IOException {
        ExerciseLibrary library = new ExerciseLibrary(new LetterCatalogue(), dk.sandkassen.safety.MessageCatalogue.shipped(), Clock.systemUTC(), folder.toString());
        int shipped = library.lessons().size();
        assertThat(library.lesson("HOLD-104")).isEmpty();

        String good = Files.readString(ScenarioValidationTest.BROKEN_LESSONS.resolve("good-lesson.yaml"));
        Files.writeString(folder.resolve("good-lesson.yaml"), good);
        library.refreshIfChanged();
        assertThat(library.snapshot().problems()).isEmpty();
        assertThat(library.lesson("HOLD-104")).contains(new Lesson("HOLD-104", new Text(Map.of("da", "Læs post", "en", "Read post")),
                null, Pacing.SELF, List.of("PST-001"), 7L, true));
        assertThat(library.lessons()).hasSize(shipped + 1);

        Files.writeString(folder.resolve("good-lesson.yaml"), good.replace("PST-001", "PST-01"));
        library.refreshIfChanged();
        assertThat(library.lesson("HOLD-104")).isEmpty();
        assertThat(library.snapshot().problems()).extracting(p -> p.describe(Locale.ENGLISH))
                .containsExactly("good-lesson.yaml:4:13: There is no exercise 'PST-01' (did you mean 'PST-001'?).");
    }
}
