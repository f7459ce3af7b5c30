package dk.sandkassen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sandkassen.post.LetterCatalogue;
import dk.sandkassen.post.LetterTemplate;
import dk.sandkassen.scenario.internal.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A folder of deliberately broken files: each gives one clear message with its line and
 * column and the fix, and the good file beside them still loads.
 */
class BrokenScenariosTest {

    static final Path BROKEN = Path.of("src/test/resources/scenarios-broken");

    final ScenarioLoader loader = new ScenarioLoader(new LetterCatalogue().all().stream().map(LetterTemplate::id)
            .collect(Collectors.toSet()));

    @Test
    void everyBrokenFileGivesOneClearMessageAndTheGoodFileStillLoads() {
        List<ScenarioProblem> unreadable = new ArrayList<>();
        ScenarioLoader.Loaded loaded = loader.load(ScenarioLoader.folder(BROKEN, unreadable));

        assertThat(unreadable).isEmpty();
        assertThat(loaded.exercises()).extracting(Exercise::id).containsExactly("GD-001");
        assertThat(loaded.problems()).extracting(p -> p.describe(Locale.ENGLISH)).containsExactlyInAnyOrder(
                "bad-yaml.yaml:11:4: This line is not indented like the lines above it. Line it up with what it belongs to.",
                "missing-da.yaml:2:1: The Danish text is missing in 'title'. Add a line 'da: …' – Danish must always be there.",
                "near-miss-check.yaml:13:7: unknown check 'acessGranted' (did you mean 'accessGranted'?)",
                "role-lacking.yaml:12:31: The persona 'young' has no 'daughter'. This persona's relatives are: mother, father.",
                "same-id-as-good.yaml:1:1: The id 'GD-001' is already used in good.yaml. Give this exercise its own id.",
                "unknown-letter.yaml:12:14: There is no letter 'skat-arsopgoerelse' in setup.letters or in the letter catalogue"
                        + " (did you mean 'skat-aarsopgoerelse'?).",
                "unknown-persona.yaml:8:1: 'pensionist' is not a valid value for 'persona' (did you mean 'pensioner'?)."
                        + " Use one of: young, adult, pensioner, newcomer.",
                "wrong-types.yaml:6:1: 'minutes' must be a number.");
    }

    @Test
    void theMessagesAreInTheTeachersLanguage() {
        ScenarioLoader.Loaded loaded = loader.load(ScenarioLoader.folder(BROKEN, new ArrayList<>()));
        assertThat(loaded.problems()).extracting(p -> p.describe(Locale.of("da")))
                .contains("near-miss-check.yaml:13:7: Ukendt tjek 'acessGranted' (mente du 'accessGranted'?)",
                        "wrong-types.yaml:6:1: 'minutes' skal være et tal.");
    }

    @Test
    void commonYamlMistakesAreExplainedWhereTheyAre() {
        assertThat(problemsOf("id: AB-001\n\ttitle: x\n")).containsExactly(
                "t.yaml:2:1: There is a tab in the indentation. YAML needs spaces: replace the tab with spaces.");
        assertThat(problemsOf("id: AB-001\ntitle:\n  da: Kl. 10: møde\n").getFirst()).startsWith("t.yaml:3:").contains("colon");
        assertThat(problemsOf("id: AB-001\ntitle: { da: Kl. 10: møde }\n").getFirst()).startsWith("t.yaml:2:").contains("never closed");
        assertThat(problemsOf("id: AB-001\nid: AB-002\n")).containsExactly(
                "t.yaml:2:3: 'id' is written twice here. Keep only one.");
        assertThat(problemsOf("   \n")).containsExactly("t.yaml:1:1: The file is empty. Write an exercise in it, or delete it.");
    }

    @Test
    void aCommaInsideBracesIsExplainedOnce() {
        assertThat(problemsOf("""
                id: XY-001
                title: { da: Øvelse }
                topic: post
                level: beginner
                minutes: 5
                persona: adult
                steps:
                  - id: folder
                    text: { da: Opret en mappe, der hedder Klassen. }
                    check: { folderExists: Klassen }
                """)).containsExactly("t.yaml:9:33: 'der hedder Klassen.' is not a language code in 'text'. Does the text"
                + " contain a comma? Then put the whole text in quotes: en: \"Create a folder, call it Health.\"");
        assertThat(problemsOf("id: XY-001\n")).containsExactly(
                "t.yaml:1:1: Missing at the top of the file: title, topic, level, minutes, persona, steps. Add it.");
    }

    @Test
    void mistakesTheSchemaCannotSeeAreFoundToo() {
        String start = """
                id: XY-001
                title: { da: Øvelse }
                topic: post
                level: beginner
                minutes: 5
                persona: adult
                """;
        assertThat(problemsOf(start + """
                setup:
                  letters:
                    - { ref: a, from: Skat, subject: Hej, body: "Kære {fornavm}", folder: Sundhed }
                steps:
                  - { id: s, text: { da: x }, check: { letterOpened: a } }
                  - { id: s, text: { da: y }, check: { actingFor: { person: son } } }
                """)).containsExactlyInAnyOrder(
                "t.yaml:9:67: The folder 'Sundhed' does not exist at the start. Use Indbakke, or add the folder under setup.folders.",
                "t.yaml:9:43: '{fornavm}' cannot be filled in (did you mean 'fornavn'?). Use one of: "
                        + "aar, adresse, by, cpr, dato, efternavn, fornavn, idag, kommune, naeste-aar, navn, postby, region, sagsnr.",
                "t.yaml:12:7: The step 's' is in the file twice. Give every step its own id.",
                "t.yaml:12:53: The persona 'adult' has no 'son'. This persona's relatives are: spouse, mother.");
    }

    /** The self-service checks (issue 15) and the fuldmagt-given setup are checked like every other. */
    @Test
    void selfServiceMistakesAreExplainedWhereTheyAre() {
        String start = """
                id: XY-001
                title: { da: Øvelse }
                topic: self-service
                level: beginner
                minutes: 5
                persona: adult
                """;
        assertThat(problemsOf(start + """
                steps:
                  - { id: a, text: { da: x }, check: { doctorChange: true } }
                  - { id: c, text: { da: x }, check: { taxAssessmentChanged: { figure: salary } } }
                  - { id: e, text: { da: x }, check: { prescriptionRenewed: false } }
                """)).containsExactlyInAnyOrder(
                "t.yaml:8:40: unknown check 'doctorChange' (did you mean 'doctorChanged'?)",
                "t.yaml:9:64: 'salary' is not a valid value for 'figure'. Use one of: income, transport.",
                "t.yaml:10:40: 'prescriptionRenewed' can only be true.");
        assertThat(problemsOf(start + """
                setup:
                  requests:
                    - fuldmagt-given: { from: son, areas: [doctor] }
                steps:
                  - { id: b, text: { da: x }, check: { doctorChanged: { onBehalfOf: daughter } } }
                  - { id: d, text: { da: x }, check: { moveReported: { with: [father] } } }
                """)).containsExactlyInAnyOrder(
                "t.yaml:9:25: The persona 'adult' has no 'son'. This persona's relatives are: spouse, mother.",
                "t.yaml:11:57: The persona 'adult' has no 'daughter'. This persona's relatives are: spouse, mother.",
                "t.yaml:12:63: The persona 'adult' has no 'father'. This persona's relatives are: spouse, mother.");
    }

    /** A file with {@code exercises:} is read as a lesson even when its {@code lesson:} line has a typo. */
    @Test
    void aLessonsMistakesAreExplainedAsALessons() {
        assertThat(problemsOf("""
                lesoon: HOLD-001
                title: { en: Post }
                pacing: self
                exercises: []
                allowNames: ja
                """)).containsExactly(
                "t.yaml:1:1: unknown field 'lesoon' (did you mean 'lesson'?). Allowed here: allowNames, exercises, lesson,"
                        + " pacing, seed, summary, title.",
                "t.yaml:2:1: The Danish text is missing in 'title'. Add a line 'da: …' – Danish must always be there.",
                "t.yaml:4:1: 'exercises' needs at least one item.",
                "t.yaml:5:1: 'allowNames' must be true or false.");
    }

    private List<String> problemsOf(String text) {
        return loader.load(List.of(new ScenarioLoader.Source("t.yaml", text))).problems().stream()
                .map(p -> p.describe(Locale.ENGLISH)).toList();
    }
}
