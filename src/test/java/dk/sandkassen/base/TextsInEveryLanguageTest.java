package dk.sandkassen.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every text of an exercise or lesson (scenarios/*.yaml) and of a phone message
 * (messages/*.yaml) is written in every configured language: a text is a map with 'da', so each
 * such map needs a line per language. (A scalar is the same in all languages: a phone number, a
 * sender, a domain.) At run time a missing one falls back to English, then Danish — this test
 * is what keeps that from happening unnoticed.
 */
class TextsInEveryLanguageTest {

    @Test
    void everyScenarioTextIsInEveryConfiguredLanguage() throws IOException {
        assertThat(missing(Path.of("scenarios"))).isEmpty();
    }

    @Test
    void everyPhoneMessageIsInEveryConfiguredLanguage() throws IOException {
        assertThat(missing(Path.of("src/main/resources/messages"))).isEmpty();
    }

    private static List<String> missing(Path folder) throws IOException {
        List<String> missing = new ArrayList<>();
        YAMLMapper yaml = YAMLMapper.builder().build();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                walk(yaml.readTree(file.toFile()), "", file.getFileName().toString(), missing);
            }
        }
        assertThat(missing).as("the folder was read").isNotNull();
        return missing;
    }

    private static void walk(JsonNode node, String at, String file, List<String> missing) {
        if (node.isObject() && node.has("da")) {
            for (String language : TranslationFilesOnDisk.configured()) {
                if (node.path(language).asString("").isBlank()) {
                    missing.add(file + " " + (at.isEmpty() ? "/" : at) + ": no '" + language + "' (da: "
                            + abbreviate(node.path("da").asString("")) + ")");
                }
            }
            return;
        }
        if (node.isObject()) {
            node.properties().forEach(entry -> walk(entry.getValue(), at + "/" + entry.getKey(), file, missing));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String name = item.hasNonNull("id") ? item.path("id").asString() : String.valueOf(i);
                walk(item, at + "/" + name, file, missing);
            }
        }
    }

    private static String abbreviate(String text) {
        String line = text.strip().replace('\n', ' ');
        return line.length() > 50 ? line.substring(0, 50) + "…" : line;
    }
}
