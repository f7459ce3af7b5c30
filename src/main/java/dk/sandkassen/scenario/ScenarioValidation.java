package dk.sandkassen.scenario;

import dk.sandkassen.post.LetterCatalogue;
import dk.sandkassen.post.LetterTemplate;
import dk.sandkassen.scenario.internal.ScenarioLoader;
import dk.sandkassen.shared.Languages;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The teachers' check on the command line: {@code java -jar sandkassen.jar --validate DIR}
 * validates every exercise and lesson file in DIR without starting the web server, prints one
 * line per problem ({@code file:line:col: message}) or {@code N files OK}, and exits 1 or 0.
 * A lesson in DIR may name the exercises shipped with the app, as it may in the running app.
 */
public final class ScenarioValidation {

    public static final String OPTION = "--validate";

    private ScenarioValidation() {
    }

    /** @return the exit code: 0 when every file is fine, 1 when any has a problem or DIR is no folder */
    public static int run(Path folder, PrintStream out, Locale locale) {
        // A teacher whose system speaks a language Sandkassen does not reads English.
        Locale language = Languages.supported().stream().filter(known -> known.getLanguage().equals(locale.getLanguage()))
                .findFirst().orElse(Languages.ENGLISH);
        if (!Files.isDirectory(folder)) {
            out.println(ScenarioProblem.translate(language, "scenario.validate.no-folder", folder.toString()));
            return 1;
        }
        List<ScenarioProblem> problems = new ArrayList<>();
        List<ScenarioLoader.Source> sources = ScenarioLoader.folder(folder, problems);
        ScenarioLoader loader = new ScenarioLoader(new LetterCatalogue().all().stream().map(LetterTemplate::id)
                .collect(Collectors.toSet()));
        Set<String> shipped = loader.load(ScenarioLoader.builtIn()).exercises().stream().map(Exercise::id)
                .collect(Collectors.toSet());
        problems.addAll(loader.load(sources, shipped).problems());
        problems.sort(Comparator.comparing(ScenarioProblem::file).thenComparingInt(ScenarioProblem::line)
                .thenComparingInt(ScenarioProblem::column));
        for (ScenarioProblem problem : problems) {
            String shown = folder.resolve(problem.file()).toString();
            out.println(shown + ":" + problem.line() + ":" + problem.column() + ": " + problem.message(language));
        }
        if (problems.isEmpty()) {
            out.println(ScenarioProblem.translate(language, "scenario.validate.ok", sources.size()));
            return 0;
        }
        return 1;
    }
}
