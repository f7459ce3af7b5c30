package dk.sandkassen.scenario;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A lesson, as read from its file: the exercises a teacher takes a class through, in order.
 * Every id in {@code exerciseIds} named a loaded exercise when the lesson was loaded; a
 * lesson that names one that is missing is left out with a problem instead.
 *
 * @param id          {@code HOLD-001}: unique among lessons (lessons and exercises have ids of their own)
 * @param seed        when set, every exercise of the lesson makes its person from this seed instead
 *                    of its own, so the whole class meets the same person all through the lesson
 * @param allowNames  whether learners may type a first name instead of getting a made-up nickname
 */
public record Lesson(String id, Text title, @Nullable Text summary, Pacing pacing, List<String> exerciseIds,
                     @Nullable Long seed, boolean allowNames) {

    public Lesson {
        exerciseIds = List.copyOf(exerciseIds);
        if (exerciseIds.isEmpty()) {
            throw new IllegalArgumentException("A lesson needs at least one exercise");
        }
    }
}
