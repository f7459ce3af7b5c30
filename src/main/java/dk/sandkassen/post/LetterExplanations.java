package dk.sandkassen.post;

import dk.sandkassen.shared.Fallback;
import dk.sandkassen.shared.YamlResources;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The explanations of the catalogue's letters, one file per language in
 * {@code classpath:letters/explanations/<language>.yaml}, keyed by template id — so that a
 * translator adds a language by translating one file. Whatever files are there are read; a
 * letter is explained in the learner's language, else in English, else in Danish.
 */
@Component
public class LetterExplanations {

    static final String FILES = "classpath*:letters/explanations/*.yaml";
    private static final List<String> FIELDS = List.of("about", "todo", "when");

    private final Map<String, Map<String, LetterExplanation>> byLanguage;

    public LetterExplanations() {
        this(load(FILES));
    }

    LetterExplanations(Map<String, Map<String, LetterExplanation>> byLanguage) {
        this.byLanguage = Map.copyOf(byLanguage);
    }

    /** The explanation of {@code templateId} for a learner reading {@code locale}, if any language has one. */
    public Optional<LetterExplanation> find(String templateId, Locale locale) {
        return Fallback.order(locale).stream().map(byLanguage::get).filter(texts -> texts != null)
                .map(texts -> texts.get(templateId)).filter(explanation -> explanation != null).findFirst();
    }

    /** The languages there is a file for ("da", "en", …). */
    public Set<String> languages() {
        return byLanguage.keySet();
    }

    /** Every explanation in one language, by template id; empty when there is no file for it. */
    public Map<String, LetterExplanation> in(String language) {
        return byLanguage.getOrDefault(language, Map.of());
    }

    static Map<String, Map<String, LetterExplanation>> load(String pattern) {
        Map<String, Map<String, LetterExplanation>> all = new LinkedHashMap<>();
        for (YamlResources.Item file : YamlResources.files(pattern)) {
            String language = file.file().replaceFirst("\\.yaml$", "");
            Map<String, LetterExplanation> texts = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : file.node().properties()) {
                texts.put(entry.getKey(), explanation(language, entry.getKey(), entry.getValue(), file.file()));
            }
            all.put(language, Map.copyOf(texts));
        }
        return all;
    }

    private static LetterExplanation explanation(String language, String id, JsonNode node, String file) {
        for (String field : FIELDS) {
            if (!node.path(field).isString() || node.path(field).asString().isBlank()) {
                throw new IllegalStateException("letters/explanations/" + file + ": " + id + " lacks '" + field + "'");
            }
        }
        return new LetterExplanation(language, node.path("about").asString().strip(), node.path("todo").asString().strip(),
                node.path("when").asString().strip());
    }
}
