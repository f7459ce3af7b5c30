package dk.sandkassen.post;

import dk.sandkassen.identity.Persona;
import dk.sandkassen.identity.Sex;
import dk.sandkassen.shared.YamlResources;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** The letter templates, read once from {@code classpath:letters/*.yaml}. */
@Component
public class LetterCatalogue {

    private final Map<String, LetterTemplate> templates;

    public LetterCatalogue() {
        this(load("classpath*:letters/*.yaml"));
    }

    LetterCatalogue(List<LetterTemplate> templates) {
        Map<String, LetterTemplate> byId = new LinkedHashMap<>();
        for (LetterTemplate template : templates) {
            if (byId.put(template.id(), template) != null) {
                throw new IllegalStateException("Two letter templates have the id " + template.id());
            }
        }
        this.templates = Map.copyOf(byId);
    }

    public Optional<LetterTemplate> find(String id) {
        return Optional.ofNullable(templates.get(id));
    }

    public LetterTemplate get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No letter template " + id));
    }

    public Collection<LetterTemplate> all() {
        return templates.values();
    }

    static List<LetterTemplate> load(String pattern) {
        return YamlResources.items(pattern).stream().map(item -> template(item.node(), item.file())).toList();
    }

    private static LetterTemplate template(JsonNode node, @Nullable String file) {
        String id = required(node, "id", file);
        JsonNode audience = node.path("audience");
        Set<Persona> personas = EnumSet.noneOf(Persona.class);
        for (JsonNode persona : audience.path("personas")) {
            personas.add(Persona.fromId(persona.asString())
                    .orElseThrow(() -> new IllegalStateException(file + ": " + id + ": unknown persona " + persona)));
        }
        Sex sex = audience.has("sex") ? Sex.valueOf(audience.path("sex").asString().toUpperCase(java.util.Locale.ROOT)) : null;
        int[] count = range(node.path("count"), 1);
        int[] daysAgo = range(node.path("daysAgo"), 0);
        return new LetterTemplate(id, required(node, "sender", file),
                SenderCategory.fromId(required(node, "category", file))
                        .orElseThrow(() -> new IllegalStateException(file + ": " + id + ": unknown category")),
                required(node, "subject", file), node.path("replyAllowed").asBoolean(false),
                node.hasNonNull("attachment") ? node.path("attachment").asString() : null,
                new LetterTemplate.Audience(personas, sex, audience.path("minAge").asInt(0), audience.path("maxAge").asInt(200)),
                count[0], count[1], daysAgo[0], daysAgo[1], node.path("monthly").asBoolean(false),
                required(node, "body", file).strip());
    }

    private static String required(JsonNode node, String field, @Nullable String file) {
        if (!node.hasNonNull(field) || node.path(field).asString().isBlank()) {
            throw new IllegalStateException(file + ": a letter template lacks '" + field + "': " + node.path("id"));
        }
        return node.path(field).asString();
    }

    private static int[] range(JsonNode node, int fallback) {
        if (node.isArray() && node.size() == 2) {
            return new int[] {node.get(0).asInt(), node.get(1).asInt()};
        }
        return new int[] {fallback, fallback};
    }
}
