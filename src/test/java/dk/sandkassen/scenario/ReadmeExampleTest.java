package dk.sandkassen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sandkassen.post.LetterCatalogue;
import dk.sandkassen.post.LetterTemplate;
import dk.sandkassen.scenario.internal.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The complete examples in the READMEs are valid files: a teacher can copy one and start. */
class ReadmeExampleTest {

    @Test
    void theReadmesExampleLoads() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher block = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("a yaml block in the README").isTrue();
        ScenarioLoader.Loaded loaded = new ScenarioLoader(new LetterCatalogue().all().stream().map(LetterTemplate::id)
                .collect(Collectors.toSet())).load(List.of(new ScenarioLoader.Source("README.md", block.group(1))));
        assertThat(loaded.problems()).extracting(p -> p.describe(Locale.ENGLISH)).isEmpty();
        assertThat(loaded.exercises().getFirst().steps()).hasSize(3);
    }

    /** The lesson example in scenarios/README.md loads beside the shipped exercises, and is no shipped lesson's copy. */
    @Test
    void theLessonExampleLoads() throws Exception {
        String readme = Files.readString(Path.of("scenarios/README.md"));
        Matcher block = Pattern.compile("```yaml\\n(lesson:.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("a lesson in scenarios/README.md").isTrue();
        List<ScenarioLoader.Source> sources = new java.util.ArrayList<>(ScenarioLoader.builtIn());
        sources.add(new ScenarioLoader.Source("README.md", block.group(1)));
        ScenarioLoader.Loaded loaded = new ScenarioLoader(new LetterCatalogue().all().stream().map(LetterTemplate::id)
                .collect(Collectors.toSet())).load(sources);
        assertThat(loaded.problems()).extracting(p -> p.describe(Locale.ENGLISH)).isEmpty();
        assertThat(loaded.lessons()).anySatisfy(lesson -> {
            assertThat(lesson.id()).isEqualTo("HOLD-101");
            assertThat(lesson.exerciseIds()).hasSize(3);
        });
    }
}
