package dk.sandkassen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sandkassen.post.LetterCatalogue;
import dk.sandkassen.post.LetterTemplate;
import dk.sandkassen.scenario.internal.ScenarioLoader;
import dk.sandkassen.scenario.internal.CheckEvaluator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every exercise and lesson shipped in {@code scenarios/} loads without a single problem. */
class ScenarioFilesTest {

    static final ScenarioLoader.Loaded SHIPPED = new ScenarioLoader(new LetterCatalogue().all().stream()
            .map(LetterTemplate::id).collect(Collectors.toSet())).load(ScenarioLoader.builtIn());

    @Test
    void everyShippedFileIsValid() {
        assertThat(SHIPPED.problems()).extracting(p -> p.describe(Locale.ENGLISH)).isEmpty();
        assertThat(SHIPPED.exercises()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(SHIPPED.lessons()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(SHIPPED.exercises().size() + SHIPPED.lessons().size()).isEqualTo(SHIPPED.files());
    }

    @Test
    void everyShippedLessonNamesExercisesThatAreShipped() {
        ExerciseLibrary library = new ExerciseLibrary(new LetterCatalogue(), dk.sandkassen.safety.MessageCatalogue.shipped(), java.time.Clock.systemUTC(), "");
        assertThat(library.lessons()).extracting(Lesson::id).isEqualTo(SHIPPED.lessons().stream().map(Lesson::id).toList());
        for (Lesson lesson : library.lessons()) {
            assertThat(library.lesson(lesson.id())).contains(lesson);
            assertThat(lesson.exerciseIds()).as(lesson.id()).isNotEmpty()
                    .allSatisfy(id -> assertThat(library.find(id)).as(lesson.id() + " names " + id).isPresent());
            assertThat(lesson.title().has("en")).as(lesson.id() + " title").isTrue();
            assertThat(lesson.summary()).as(lesson.id() + " summary").isNotNull();
            assertThat(lesson.summary().has("en")).as(lesson.id() + " summary").isTrue();
        }
        assertThat(library.lesson("HOLD-999")).isEmpty();
    }

    /**
     * A class is best one person all through a lesson. A lesson that cannot be (the exercises it
     * needs are written for different personas) is listed here, and its summary tells the class.
     */
    @Test
    void aLessonIsOnePersonOrSaysItIsNot() {
        Set<String> mixed = Set.of("HOLD-003");
        for (Lesson lesson : SHIPPED.lessons()) {
            Set<dk.sandkassen.identity.Persona> personas = lesson.exerciseIds().stream()
                    .map(id -> SHIPPED.exercises().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().persona())
                    .collect(Collectors.toSet());
            if (mixed.contains(lesson.id())) {
                assertThat(personas).as(lesson.id() + " is listed as mixed").hasSizeGreaterThan(1);
                assertThat(lesson.summary().in(Locale.ENGLISH)).as(lesson.id()).contains("different people");
                assertThat(lesson.summary().in(Locale.of("da"))).as(lesson.id()).contains("forskellige personer");
            } else {
                assertThat(personas).as(lesson.id() + ": one person through the lesson").hasSize(1);
            }
        }
    }

    @Test
    void theLibraryUsesEveryCheckOfTheContract() {
        Set<String> used = new HashSet<>();
        SHIPPED.exercises().forEach(exercise -> exercise.steps().forEach(step -> collect(step.check(), used)));
        assertThat(used).containsAll(CONTRACT_CHECKS);
    }

    @Test
    void theNextSuggestionIsForTheSamePersona() {
        ExerciseLibrary library = new ExerciseLibrary(new LetterCatalogue(), dk.sandkassen.safety.MessageCatalogue.shipped(), java.time.Clock.systemUTC(), "");
        for (var done : library.all()) {
            boolean others = library.all().stream().anyMatch(e -> e != done && e.persona() == done.persona());
            library.after(done).ifPresent(next -> {
                if (others) {
                    assertThat(next.persona()).as("after " + done.id() + ": " + next.id()).isEqualTo(done.persona());
                }
            });
        }
    }

    @Test
    void everyExerciseIsInDanishAndEnglish() {
        for (Exercise exercise : SHIPPED.exercises()) {
            assertThat(exercise.title().has("en")).as(exercise.id() + " title").isTrue();
            assertThat(exercise.summary()).as(exercise.id() + " summary").isNotNull();
            assertThat(exercise.summary().has("en")).as(exercise.id() + " summary").isTrue();
            for (Step step : exercise.steps()) {
                assertThat(step.text().has("en")).as(exercise.id() + " " + step.id()).isTrue();
                assertThat(step.hint()).as(exercise.id() + " " + step.id() + " hint").isNotNull();
                assertThat(step.hint().has("en")).as(exercise.id() + " " + step.id() + " hint").isTrue();
            }
        }
    }

    /**
     * An English step tells the learner to press what an English page shows: a quoted word in
     * an English text or hint is never a Danish label of the app (like "Opret mappe" where the
     * page says "Create folder"). Quoted Danish names of the learner's own things ("Sundhed")
     * are fine.
     */
    @Test
    void englishStepsQuoteTheEnglishLabels() throws java.io.IOException {
        java.util.Properties da = properties("da");
        java.util.Properties en = properties("en");
        Set<String> danishOnly = new HashSet<>();
        java.util.List<java.util.regex.Pattern> danishWithBlanks = new java.util.ArrayList<>();
        for (String key : da.stringPropertyNames()) {
            String danish = da.getProperty(key).strip();
            if (danish.equals(en.getProperty(key, "").strip())) {
                continue;
            }
            if (danish.matches("[^{]*\\{\\d}[^{]*") && danish.length() > 6) {
                // "Log på som din {0}" is quoted as "Log på som din datter" or "… {0}" as "… …".
                String[] parts = danish.split("\\{\\d}", -1);
                danishWithBlanks.add(java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(parts[0]) + ".+"
                        + java.util.regex.Pattern.quote(parts[1]), java.util.regex.Pattern.CASE_INSENSITIVE));
            } else if (!danish.contains("{")) {
                danishOnly.add(danish.toLowerCase(Locale.ROOT));
            }
        }
        // Words a label and an English text may share without harm (a name, a brand).
        en.stringPropertyNames().forEach(key -> danishOnly.remove(en.getProperty(key).strip().toLowerCase(Locale.ROOT)));
        java.util.regex.Pattern quoted = java.util.regex.Pattern.compile("[\"\u201C\u2018']([^\"\u201D\u2019']{2,60})[\"\u201D\u2019']");
        java.util.List<String> problems = new java.util.ArrayList<>();
        for (Exercise exercise : SHIPPED.exercises()) {
            for (Step step : exercise.steps()) {
                for (Text text : java.util.Arrays.asList(step.text(), step.hint())) {
                    if (text == null || !text.has("en")) {
                        continue;
                    }
                    java.util.regex.Matcher m = quoted.matcher(text.in(Locale.ENGLISH));
                    while (m.find()) {
                        String label = m.group(1).strip();
                        if (danishOnly.contains(label.toLowerCase(Locale.ROOT))
                                || danishWithBlanks.stream().anyMatch(p -> p.matcher(label).matches())) {
                            problems.add(exercise.id() + " " + step.id() + ": \"" + m.group(1) + "\"");
                        }
                    }
                }
            }
        }
        assertThat(problems).as("Danish labels quoted in English steps").isEmpty();
    }

    private static java.util.Properties properties(String language) throws java.io.IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/vaadin-i18n/translations_" + language + ".properties"),
                java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void theLibraryCoversWhatLearnersComeFor() {
        assertThat(SHIPPED.exercises()).extracting(Exercise::topic).contains(Topic.values());
        assertThat(SHIPPED.exercises()).anySatisfy(e -> {
            assertThat(e.persona()).isEqualTo(dk.sandkassen.identity.Persona.YOUNG);
            assertThat(e.steps()).anySatisfy(step -> assertThat(step.check()).isEqualTo(new Check.LetterOpened("forsvarets-dag")));
        });
        Set<String> ways = new HashSet<>();
        SHIPPED.exercises().forEach(e -> e.steps().forEach(step -> logins(step.check(), ways)));
        assertThat(ways).contains("key-card", "mitid-app", "code-display");
    }

    @Test
    void theEngineCanCheckEveryCheckTheFormatKnows() throws Exception {
        JsonNode schema = JsonMapper.builder().build().readTree(Files.readString(Path.of("scenarios/scenario.schema.json")));
        Set<String> inSchema = new HashSet<>(schema.at("/$defs/check/properties").propertyNames());
        assertThat(inSchema).containsAll(CONTRACT_CHECKS);
        assertThat(CheckEvaluator.AVAILABLE).isEqualTo(inSchema);
    }

    /** The checks of ../shared/scenario-format.md, plus allOf and anyOf. */
    static final Set<String> CONTRACT_CHECKS = Set.of("loggedIn", "loggedOut", "letterOpened", "attachmentOpened",
            "letterUnread", "folderExists", "folderMissing", "letterInFolder", "letterDeleted", "searched", "messageSent",
            "replySent", "accessGranted", "accessRevoked", "fuldmagtGiven", "fuldmagtRequestAnswered", "fuldmagtRevoked",
            "actingFor", "notification", "nemSmsSignedUp", "exemptionApplied", "suspiciousRequestRejected", "allOf", "anyOf");

    private static void logins(Check check, Set<String> ways) {
        switch (check) {
            case Check.LoggedIn login -> ways.add(login.how());
            case Check.AllOf all -> all.checks().forEach(inner -> logins(inner, ways));
            case Check.AnyOf any -> any.checks().forEach(inner -> logins(inner, ways));
            default -> { }
        }
    }

    private static void collect(Check check, Set<String> used) {
        used.add(check.name());
        if (check instanceof Check.AllOf all) {
            all.checks().forEach(inner -> collect(inner, used));
        }
        if (check instanceof Check.AnyOf any) {
            any.checks().forEach(inner -> collect(inner, used));
        }
    }
}
