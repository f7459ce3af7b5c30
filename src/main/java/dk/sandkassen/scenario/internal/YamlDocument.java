package dk.sandkassen.scenario.internal;

import dk.sandkassen.scenario.ScenarioProblem;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** A scenario file read with a YAML library: the tree, and where each of its values is. */
record YamlDocument(String file, JsonNode tree, LocationIndex index) {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The document, or the one problem that stops it from being read at all. */
    static Result read(String file, String text) {
        if (text.isBlank()) {
            return new Result(null, new ScenarioProblem(file, 1, 1, "scenario.problem.empty"));
        }
        try {
            LocationIndex index;
            try (JsonParser parser = YAML.createParser(text)) {
                index = LocationIndex.of(parser);
            }
            JsonNode tree = YAML.readTree(text);
            return new Result(new YamlDocument(file, tree, index), null);
        } catch (JacksonException e) {
            return new Result(null, syntaxProblem(file, e));
        }
    }

    private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");

    /**
     * The YAML library explains where it got lost; the last position it names is the one to
     * fix, and the common mistakes (a tab, a stray colon, an indentation) get a plain message.
     */
    private static ScenarioProblem syntaxProblem(String file, JacksonException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        TokenStreamLocation at = e.getLocation();
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int column = at == null ? 1 : Math.max(1, at.getColumnNr());
        Matcher mark = MARK.matcher(message);
        while (mark.find()) {
            line = Integer.parseInt(mark.group(1));
            column = Integer.parseInt(mark.group(2));
        }
        if (message.startsWith("Duplicate Object property")) {
            String key = message.replaceAll("(?s).*\"(.*)\".*", "$1");
            return new ScenarioProblem(file, line, column, "scenario.problem.duplicate-key", key);
        }
        String reason = message.lines()
                .filter(text -> !text.isBlank() && !text.startsWith(" ") && !text.startsWith("while "))
                .reduce((first, second) -> second).orElse(message).strip();
        String kind = reason.contains("TAB") ? "tab"
                : reason.startsWith("mapping values are not allowed") ? "colon"
                : reason.startsWith("expected <block end>") ? "indent"
                : reason.contains("end of stream") ? "quote"
                : reason.startsWith("expected ',' or") ? "bracket"
                : null;
        return kind != null
                ? new ScenarioProblem(file, line, column, "scenario.problem.yaml." + kind)
                : new ScenarioProblem(file, line, column, "scenario.problem.yaml", firstLine(reason));
    }

    Position at(String pointer) {
        return index.at(pointer);
    }

    ScenarioProblem problem(String pointer, String key, String... args) {
        Position position = at(pointer);
        return new ScenarioProblem(file, position.line(), position.column(), key, args);
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    record Result(@Nullable YamlDocument document, @Nullable ScenarioProblem problem) {
        Optional<YamlDocument> ok() {
            return Optional.ofNullable(document);
        }
    }
}
