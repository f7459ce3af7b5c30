package dk.sandkassen.scenario.internal;

import dk.sandkassen.safety.MessageCatalogue;
import dk.sandkassen.scenario.Exercise;
import dk.sandkassen.scenario.Lesson;
import dk.sandkassen.scenario.ScenarioProblem;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;

/**
 * Reads scenario files into exercises and lessons. A bad file is skipped with its problems; it
 * never stops the others or the app. Two files with the same id: the second one is the problem.
 * Exercises and lessons have ids of their own ({@code RA-001}, {@code HOLD-001}).
 */
public final class ScenarioLoader {

    private final SchemaCheck schema = new SchemaCheck();
    private final Set<String> templates;
    private final MessageCatalogue messages;

    /** With the shipped message catalogue. */
    public ScenarioLoader(Set<String> templates) {
        this(templates, MessageCatalogue.shipped());
    }

    /**
     * @param templates the letter catalogue's ids
     * @param messages  the safety messages a file may name
     */
    public ScenarioLoader(Set<String> templates, MessageCatalogue messages) {
        this.templates = Set.copyOf(templates);
        this.messages = messages;
    }

    /** A scenario file's name (as messages show it) and its text. */
    public record Source(String name, String text) {
    }

    /** What loaded, in file order, and the problems of every file that did not. */
    public record Loaded(List<Exercise> exercises, List<Lesson> lessons, List<ScenarioProblem> problems, int files) {
        public Loaded {
            exercises = List.copyOf(exercises);
            lessons = List.copyOf(lessons);
            problems = List.copyOf(problems);
        }
    }

    public Loaded load(List<Source> sources) {
        return load(sources, Set.of());
    }

    /**
     * @param elsewhere ids of exercises loaded apart from {@code sources} that lessons and
     *                  {@code next} may name: the shipped ones, when a teacher's folder is checked on its own
     */
    public Loaded load(List<Source> sources, Set<String> elsewhere) {
        List<Exercise> exercises = new ArrayList<>();
        List<YamlDocument> lessonFiles = new ArrayList<>();
        List<ScenarioProblem> problems = new ArrayList<>();
        Map<String, String> idToFile = new HashMap<>();
        Map<String, String> broken = new HashMap<>();
        Map<String, YamlDocument> documents = new HashMap<>();
        for (Source source : sources) {
            YamlDocument.Result read = YamlDocument.read(source.name(), source.text());
            if (read.problem() != null) {
                problems.add(read.problem());
                continue;
            }
            YamlDocument document = read.document();
            List<ScenarioProblem> found = schema.check(document);
            if (!found.isEmpty()) {
                problems.addAll(found);
                brokenExercise(document, broken);
                continue;
            }
            if (LessonReader.isLesson(document.tree())) {
                // Read once every exercise is known: a lesson may name one from a later file.
                lessonFiles.add(document);
                continue;
            }
            ExerciseReader.Read exercise = ExerciseReader.read(document, templates, messages);
            if (exercise.exercise() == null) {
                problems.addAll(exercise.problems());
                brokenExercise(document, broken);
                continue;
            }
            String earlier = idToFile.putIfAbsent(exercise.exercise().id(), source.name());
            if (earlier != null) {
                problems.add(document.problem("/id", "scenario.problem.duplicate-id", exercise.exercise().id(), earlier));
                continue;
            }
            documents.put(exercise.exercise().id(), document);
            exercises.add(exercise.exercise());
        }
        Set<String> ids = new TreeSet<>(elsewhere);
        ids.addAll(idToFile.keySet());
        List<Exercise> linked = new ArrayList<>();
        for (Exercise exercise : exercises) {
            if (exercise.next() != null && !ids.contains(exercise.next())) {
                problems.add(SchemaCheck.withNearMiss(documents.get(exercise.id()), "/next", "scenario.problem.unknown-next",
                        exercise.next(), ids, exercise.next()));
                broken.put(exercise.id(), exercise.source());
            } else {
                linked.add(exercise);
            }
        }
        Set<String> known = new TreeSet<>(elsewhere);
        linked.forEach(exercise -> known.add(exercise.id()));
        List<Lesson> lessons = new ArrayList<>();
        Map<String, String> lessonToFile = new HashMap<>();
        for (YamlDocument document : lessonFiles) {
            LessonReader.Read lesson = LessonReader.read(document, known, broken);
            if (lesson.lesson() == null) {
                problems.addAll(lesson.problems());
                continue;
            }
            String earlier = lessonToFile.putIfAbsent(lesson.lesson().id(), document.file());
            if (earlier != null) {
                problems.add(document.problem("/lesson", "scenario.problem.lesson.duplicate-id", lesson.lesson().id(), earlier));
                continue;
            }
            lessons.add(lesson.lesson());
        }
        return new Loaded(linked, lessons, problems, sources.size());
    }

    /** Remembers which file an exercise id was in when that file is left out, for lessons that name it. */
    private static void brokenExercise(YamlDocument document, Map<String, String> broken) {
        JsonNode id = document.tree().path("id");
        if (!LessonReader.isLesson(document.tree()) && id.isString()) {
            broken.putIfAbsent(id.asString(), document.file());
        }
    }

    /** Every {@code *.yaml} shipped in the app under {@code scenarios/}, by name. */
    public static List<Source> builtIn() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:scenarios/**/*.yaml");
            List<Source> sources = new ArrayList<>();
            for (Resource file : files) {
                String url = file.getURL().toString();
                String name = url.substring(url.lastIndexOf("scenarios/") + "scenarios/".length());
                sources.add(new Source(name, file.getContentAsString(StandardCharsets.UTF_8)));
            }
            sources.sort(Comparator.comparing(Source::name));
            return sources;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every {@code *.yaml} in {@code folder} and below, named relative to it; an unreadable file becomes a problem. */
    public static List<Source> folder(Path folder, List<ScenarioProblem> unreadable) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            List<Source> sources = new ArrayList<>();
            for (Path file : files.filter(ScenarioLoader::isScenario).sorted().toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                try {
                    sources.add(new Source(name, Files.readString(file, StandardCharsets.UTF_8)));
                } catch (CharacterCodingException e) {
                    unreadable.add(new ScenarioProblem(name, 1, 1, "scenario.problem.not-utf8"));
                } catch (IOException e) {
                    unreadable.add(new ScenarioProblem(name, 1, 1, "scenario.problem.unreadable", String.valueOf(e.getMessage())));
                }
            }
            return sources;
        } catch (IOException e) {
            unreadable.add(new ScenarioProblem(folder.toString(), 1, 1, "scenario.problem.unreadable", String.valueOf(e.getMessage())));
            return List.of();
        }
    }

    static boolean isScenario(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.startsWith(".");
    }

    /** A cheap fingerprint of a folder's scenario files: changes when one is added, removed or edited. */
    public static String fingerprint(Path folder) {
        if (!Files.isDirectory(folder)) {
            return "";
        }
        try (Stream<Path> files = Files.walk(folder)) {
            StringBuilder print = new StringBuilder();
            for (Path file : files.filter(ScenarioLoader::isScenario).sorted().toList()) {
                print.append(file).append('|').append(Files.getLastModifiedTime(file).toMillis()).append('|')
                        .append(Files.size(file)).append('\n');
            }
            return print.toString();
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
