package dk.sandkassen.scenario.internal;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dk.sandkassen.scenario.ScenarioProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a scenario file (an exercise or a lesson) against {@code scenarios/scenario.schema.json}
 * — the same schema a teacher's editor uses — and turns the validator's findings into messages
 * a teacher can act on: where, what, and the fix (with "did you mean …?" for a near miss).
 */
final class SchemaCheck {

    static final String SCHEMA = "/scenarios/scenario.schema.json";

    private final Schema schema;
    private final JsonNode schemaTree;

    SchemaCheck() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("The scenario schema is missing from the classpath: " + SCHEMA);
            }
            byte[] bytes = in.readAllBytes();
            this.schemaTree = JsonMapper.builder().build().readTree(bytes);
            this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of every check the format knows. */
    Set<String> checkNames() {
        return names("/$defs/check/properties");
    }

    List<ScenarioProblem> check(YamlDocument document) {
        List<Error> errors = schema.validate(document.tree());
        Map<String, List<Error>> byPlace = new LinkedHashMap<>();
        for (Error error : errors) {
            byPlace.computeIfAbsent(pointer(error.getInstanceLocation()), place -> new ArrayList<>()).add(error);
        }
        // A bad key in a text (often a comma inside { }) explains the odd value under it too.
        List<String> badKeys = byPlace.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(e -> e.getKeyword().equals("propertyNames")))
                .map(Map.Entry::getKey).toList();
        List<ScenarioProblem> problems = new ArrayList<>();
        byPlace.forEach((place, here) -> {
            if (badKeys.stream().noneMatch(bad -> place.startsWith(bad + "/"))) {
                problems.addAll(describe(document, place, here));
            }
        });
        problems.sort(Comparator.comparingInt(ScenarioProblem::line).thenComparingInt(ScenarioProblem::column));
        return problems;
    }

    /** One message per place: several missing fields are named together, and a typo explains a missing field. */
    private List<ScenarioProblem> describe(YamlDocument document, String place, List<Error> errors) {
        List<ScenarioProblem> problems = new ArrayList<>();
        boolean unknownHere = errors.stream().anyMatch(e -> e.getKeyword().equals("additionalProperties"));
        List<String> missing = new ArrayList<>();
        for (Error error : errors) {
            switch (error.getKeyword()) {
                case "required" -> {
                    if (!unknownHere) {
                        missing.add(error.getProperty());
                    }
                }
                case "additionalProperties" -> problems.add(unknown(document, place, error));
                default -> problems.add(other(document, place, error));
            }
        }
        if (missing.contains("da")) {
            problems.add(document.problem(place, "scenario.problem.missing-da", field(place)));
            missing.remove("da");
        }
        if (!missing.isEmpty()) {
            problems.add(place.isEmpty() ? document.problem(place, "scenario.problem.missing-top", String.join(", ", missing))
                    : document.problem(place, "scenario.problem.missing", String.join(", ", missing), field(place)));
        }
        return problems;
    }

    private ScenarioProblem unknown(YamlDocument document, String place, Error error) {
        String key = error.getProperty();
        String parent = parentFragment(error);
        Set<String> allowed = names(parent + "/properties");
        String at = place + "/" + LocationIndex.escape(key);
        if (parent.equals("/$defs/check")) {
            return withNearMiss(document, at, "scenario.problem.unknown-check", key, allowed, key);
        }
        return withNearMiss(document, at, "scenario.problem.unknown-field", key, allowed, key, String.join(", ", allowed));
    }

    private ScenarioProblem other(YamlDocument document, String place, Error error) {
        String value = document.tree().at(place).asString("");
        String fragment = fragment(error);
        return switch (error.getKeyword()) {
            case "enum" -> {
                List<String> allowed = StreamSupport.stream(error.getSchemaNode().spliterator(), false)
                        .map(node -> node.asString("")).toList();
                yield withNearMiss(document, place, "scenario.problem.enum", value, allowed, value, field(place),
                        String.join(", ", allowed));
            }
            case "type" -> document.problem(place, "scenario.problem.type." + kind(String.valueOf(error.getSchemaNode())), field(place));
            case "pattern" -> document.problem(place, fragment.contains("attachment") ? "scenario.problem.attachment-name"
                    : place.equals("/id") || place.equals("/next") ? "scenario.problem.id-pattern"
                    : place.equals("/lesson") ? "scenario.problem.lesson.id-pattern" : "scenario.problem.ref-pattern",
                    value, field(place));
            case "maxProperties", "minProperties" -> document.problem(place, fragment.startsWith("/$defs/request")
                    ? "scenario.problem.one-request" : "scenario.problem.one-check");
            case "const" -> document.problem(place, "scenario.problem.only-true", field(place));
            case "minimum", "maximum" -> document.problem(place, "scenario.problem.range", field(place),
                    String.valueOf(schemaTree.at(parent(fragment) + "/minimum").asInt(0)),
                    String.valueOf(schemaTree.at(parent(fragment) + "/maximum").asInt(0)));
            case "minItems" -> document.problem(place, "scenario.problem.empty-list", field(place));
            case "minLength" -> document.problem(place, "scenario.problem.empty-text", field(place));
            case "maxLength" -> document.problem(place, "scenario.problem.too-long", field(place), String.valueOf(error.getSchemaNode()));
            case "propertyNames" -> language(document, place);
            default -> document.problem(place, "scenario.problem.other", field(place), error.getMessage());
        };
    }

    /**
     * A problem with {@code typed}; when one of {@code allowed} is close, the message asks
     * "did you mean …?" (key {@code kind + ".near"}, with the suggestion as the last argument).
     */
    static ScenarioProblem withNearMiss(YamlDocument document, String at, String kind, String typed,
                                        java.util.Collection<String> allowed, String... args) {
        return NearMiss.of(typed, allowed)
                .map(word -> {
                    String[] withWord = java.util.Arrays.copyOf(args, args.length + 1);
                    withWord[args.length] = word;
                    return document.problem(at, kind + ".near", withWord);
                })
                .orElseGet(() -> document.problem(at, kind, args));
    }

    /** A text's key that is no language code: usually the rest of a text cut off by a comma in { }. */
    private static ScenarioProblem language(YamlDocument document, String place) {
        JsonNode text = document.tree().at(place);
        for (String key : text.propertyNames()) {
            if (!key.matches("[a-z]{2}")) {
                return document.problem(place + "/" + LocationIndex.escape(key), "scenario.problem.language", key, field(place));
            }
        }
        return document.problem(place, "scenario.problem.language", "", field(place));
    }

    /** What a teacher calls the field: its key, or "steps" for the third step. */
    static String field(String pointer) {
        String[] parts = pointer.split("/");
        for (int i = parts.length - 1; i > 0; i--) {
            if (!parts[i].matches("\\d+")) {
                return parts[i].replace("~1", "/").replace("~0", "~");
            }
        }
        return "";
    }

    private static String kind(String jsonType) {
        return switch (jsonType.replace("\"", "")) {
            case "integer", "number" -> "number";
            case "boolean" -> "yes-no";
            case "array" -> "list";
            case "object" -> "map";
            default -> "text";
        };
    }

    private Set<String> names(String schemaPointer) {
        JsonNode node = schemaTree.at(schemaPointer);
        return node.isObject() ? new TreeSet<>(node.propertyNames()) : Set.of();
    }

    private static String fragment(Error error) {
        return String.valueOf(error.getSchemaLocation().getFragment());
    }

    private static String parentFragment(Error error) {
        return parent(fragment(error));
    }

    private static String parent(String fragment) {
        int slash = fragment.lastIndexOf('/');
        return slash <= 0 ? "" : fragment.substring(0, slash);
    }

    private static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(LocationIndex.escape(String.valueOf(path.getElement(i))));
        }
        return pointer.toString();
    }
}
