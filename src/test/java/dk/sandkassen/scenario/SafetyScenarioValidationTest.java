package dk.sandkassen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sandkassen.post.LetterCatalogue;
import dk.sandkassen.post.LetterTemplate;
import dk.sandkassen.scenario.internal.ScenarioLoader;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The safety checks and setup are validated like the others: a mistake names the file, the
 * line and column, and the fix — with "did you mean …?" where a name is close.
 */
class SafetyScenarioValidationTest {

    final ScenarioLoader loader = new ScenarioLoader(new LetterCatalogue().all().stream().map(LetterTemplate::id)
            .collect(Collectors.toSet()));

    @Test
    void aMisspelledMessageGetsTheNearestName() {
        assertThat(problemsOf("", "{ messageReported: fake-parcel-fee-smss }")).singleElement().asString()
                .matches("t\\.yaml:12:\\d+: There is no message 'fake-parcel-fee-smss' in setup.messages or in the message"
                        + " catalogue \\(did you mean 'fake-parcel-fee-sms'\\?\\)\\.");
        assertThat(problemsOf("  messages: [ { ref: sms, template: fake-parcel-fe-sms } ]\n", "{ messageReported: sms }"))
                .singleElement().asString()
                .matches("t\\.yaml:9:\\d+: There is no template 'fake-parcel-fe-sms' in the message catalogue"
                        + " \\(did you mean 'fake-parcel-fee-sms'\\?\\)\\.");
    }

    @Test
    void aMisspelledSafetyCheckGetsTheNearestCheck() {
        assertThat(problemsOf("", "{ messageReportd: fake-parcel-fee-sms }")).singleElement().asString()
                .startsWith("t.yaml:12:").contains("unknown check 'messageReportd' (did you mean 'messageReported'?)");
        assertThat(problemsOf("", "{ afterMistake: block-mitd }")).singleElement().asString()
                .startsWith("t.yaml:12:").contains("(did you mean 'block-mitid'?)");
    }

    @Test
    void linkNotOpenedAloneWouldBeDoneAtOnce() {
        assertThat(problemsOf("", "{ linkNotOpened: fake-parcel-fee-sms }")).singleElement().asString()
                .matches("t\\.yaml:12:\\d+: 'linkNotOpened' is true from the start, so the step would be done at once\\..*");
        assertThat(problemsOf("", "{ allOf: [ { messageReported: fake-parcel-fee-sms }, { linkNotOpened: fake-parcel-fee-sms } ] }"))
                .isEmpty();
    }

    @Test
    void redFlagsMustExistToBeFound() {
        assertThat(problemsOf("", "{ redFlagsFound: real-digital-post-sms }")).singleElement().asString()
                .matches("t\\.yaml:12:\\d+: The message 'real-digital-post-sms' is real and has no red flags\\..*");
        assertThat(problemsOf("", "{ redFlagsFound: { message: fake-mitid-closed-sms, atLeast: 9 } }")).singleElement().asString()
                .matches("t\\.yaml:12:\\d+: The message 'fake-mitid-closed-sms' has only 4 red flags, so atLeast cannot be 9\\.");
    }

    @Test
    void twoSetupMessagesWithOneNameAreAnError() {
        assertThat(problemsOf("  messages:\n    - { ref: sms, template: fake-parcel-fee-sms }\n"
                + "    - { ref: sms, template: real-digital-post-sms }\n", "{ messageReported: sms }"))
                .singleElement().asString().startsWith("t.yaml:11:").contains("'sms' is in setup.messages twice");
    }

    @Test
    void theShippedSafetyExercisesLoad() {
        ScenarioLoader.Loaded shipped = loader.load(ScenarioLoader.builtIn());
        assertThat(shipped.exercises()).filteredOn(e -> e.topic() == Topic.ONLINE_SAFETY).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(e -> assertThat(e.title().has("en")).isTrue());
        assertThat(shipped.lessons()).anySatisfy(lesson -> assertThat(lesson.id()).isEqualTo("HOLD-014"));
    }

    /** An exercise with {@code setup} (lines from 8 on) and one step whose check is on line {@code 12 + setup lines}. */
    private List<String> problemsOf(String setup, String check) {
        String text = """
                id: SC-001
                title: { da: Test }
                topic: online-safety
                level: beginner
                minutes: 5
                persona: adult
                setup:
                  pressureCall: false
                %ssteps:
                  - id: one
                    text: { da: Gør det. }
                    check: %s
                """.formatted(setup, check);
        return loader.load(List.of(new ScenarioLoader.Source("t.yaml", text))).problems().stream()
                .map(p -> p.describe(Locale.ENGLISH)).toList();
    }
}
