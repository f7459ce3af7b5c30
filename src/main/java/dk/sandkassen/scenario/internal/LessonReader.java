package dk.sandkassen.scenario.internal;

import dk.sandkassen.scenario.Lesson;
import dk.sandkassen.scenario.Pacing;
import dk.sandkassen.scenario.ScenarioProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Turns a schema-valid lesson file into a {@link Lesson}, checking what a schema cannot: that
 * every exercise it names is loaded (from any file, the teacher's folder included), and that
 * none is named twice. Read after every exercise file, so the order of files does not matter
 * (docs/decisions/0011-lesson-files.md).
 */
final class LessonReader {

    private LessonReader() {
    }

    record Read(@Nullable Lesson lesson, List<ScenarioProblem> problems) {
    }

    /**
     * @param exercises the ids of the exercises that loaded
     * @param broken    ids of exercise files left out with problems of their own, and those files:
     *                  "fix that file" helps more than "there is no such exercise"
     */
    static Read read(YamlDocument document, Set<String> exercises, Map<String, String> broken) {
        JsonNode root = document.tree();
        List<ScenarioProblem> problems = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        JsonNode list = root.path("exercises");
        for (int i = 0; i < list.size(); i++) {
            String at = "/exercises/" + i;
            String id = list.get(i).asString().strip();
            if (!seen.add(id)) {
                problems.add(document.problem(at, "scenario.problem.lesson.twice", id));
            } else if (broken.containsKey(id) && !exercises.contains(id)) {
                problems.add(document.problem(at, "scenario.problem.lesson.broken-exercise", id, broken.get(id)));
            } else if (!exercises.contains(id)) {
                problems.add(SchemaCheck.withNearMiss(document, at, "scenario.problem.lesson.unknown-exercise", id,
                        exercises, id));
            }
            ids.add(id);
        }
        if (!problems.isEmpty()) {
            return new Read(null, problems);
        }
        JsonNode seed = root.path("seed");
        Lesson lesson = new Lesson(root.path("lesson").asString(), ExerciseReader.text(root.path("title")),
                root.has("summary") ? ExerciseReader.text(root.path("summary")) : null,
                Pacing.fromId(root.path("pacing").asString()).orElseThrow(), ids,
                seed.isNumber() ? seed.asLong() : null, root.path("allowNames").asBoolean(false));
        return new Read(lesson, List.of());
    }

    /** Whether a file is a lesson: the schema decides the same way (its top-level {@code if}). */
    static boolean isLesson(JsonNode root) {
        return root.isObject() && (root.has("lesson") || root.has("exercises"));
    }
}
