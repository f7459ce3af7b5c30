package dk.sandkassen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sandkassen.post.LetterCatalogue;
import dk.sandkassen.post.LetterTemplate;
import dk.sandkassen.scenario.internal.ScenarioLoader;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every exercise shipped in {@code scenarios/} loads without a single problem. */
class ScenarioFilesTest {

    static final ScenarioLoader.Loaded SHIPPED = new ScenarioLoader(new LetterCatalogue().all().stream()
            .map(LetterTemplate::id).collect(Collectors.toSet())).load(ScenarioLoader.builtIn());

    @Test
    void everyShippedFileIsValid() {
        assertThat(SHIPPED.problems()).extracting(p -> p.describe(Locale.ENGLISH)).isEmpty();
        assertThat(SHIPPED.exercises()).hasSize(SHIPPED.files());
    }
}
