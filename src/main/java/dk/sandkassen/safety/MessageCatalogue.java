package dk.sandkassen.safety;

import dk.sandkassen.shared.YamlResources;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The message templates, read once from {@code classpath:messages/*.yaml}. A template that
 * breaks the rules stops the start: it ships with the app, and a test reads every one (the
 * rules: Danish and English (more languages may be added, a line each), known placeholders, and
 * every red flag's words in one part of the message in each language the message is written in).
 */
@Component
public class MessageCatalogue {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static volatile @Nullable MessageCatalogue shipped;

    private final Map<String, MessageTemplate> templates;

    public MessageCatalogue() {
        this(load("classpath*:messages/*.yaml"));
    }

    MessageCatalogue(List<MessageTemplate> templates) {
        Map<String, MessageTemplate> byId = new LinkedHashMap<>();
        for (MessageTemplate template : templates) {
            check(template);
            if (byId.put(template.id(), template) != null) {
                throw new IllegalStateException("Two message templates have the id " + template.id());
            }
        }
        this.templates = java.util.Collections.unmodifiableMap(byId);
    }

    /** The catalogue shipped in the jar, read once: what a scenario file may name. */
    public static MessageCatalogue shipped() {
        MessageCatalogue catalogue = shipped;
        if (catalogue == null) {
            catalogue = new MessageCatalogue();
            shipped = catalogue;
        }
        return catalogue;
    }

    public Optional<MessageTemplate> find(String id) {
        return Optional.ofNullable(templates.get(id));
    }

    public MessageTemplate get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No message template " + id));
    }

    /** In file order (files by name). */
    public Collection<MessageTemplate> all() {
        return templates.values();
    }

    public Set<String> ids() {
        return templates.keySet();
    }

    private static void check(MessageTemplate template) {
        for (Locale language : languages(template)) {
            String subject = template.subject() == null ? null : template.subject().in(language);
            List<Part> parts = Message.parts(template.sender().in(language), subject, template.body().in(language), template.link());
            for (Part part : parts) {
                Matcher matcher = PLACEHOLDER.matcher(part.text());
                while (matcher.find()) {
                    if (!MessageWriter.PLACEHOLDERS.contains(matcher.group(1))) {
                        throw new IllegalStateException(template.id() + ": unknown placeholder " + matcher.group()
                                + " (known: " + MessageWriter.PLACEHOLDERS + ")");
                    }
                }
            }
            for (RedFlag flag : template.flags()) {
                String words = flag.text().in(language);
                if (words.isBlank() || parts.stream().noneMatch(part -> part.text().contains(words))) {
                    throw new IllegalStateException(template.id() + ": the " + flag.kind().id() + " flag '" + words
                            + "' is not within one part of the " + language.getLanguage() + " message");
                }
            }
        }
    }

    /** Every language any text of the template is written in: a translator's line is checked like the rest. */
    private static List<Locale> languages(MessageTemplate template) {
        Set<String> languages = new java.util.TreeSet<>(template.body().languages());
        languages.addAll(template.sender().languages());
        if (template.subject() != null) {
            languages.addAll(template.subject().languages());
        }
        template.flags().forEach(flag -> languages.addAll(flag.text().languages()));
        return languages.stream().map(Locale::of).toList();
    }

    static List<MessageTemplate> load(String pattern) {
        return YamlResources.items(pattern).stream().map(item -> template(item.node(), item.file())).toList();
    }

    private static MessageTemplate template(JsonNode node, String file) {
        String id = node.path("id").asString("");
        String at = file + ": " + (id.isBlank() ? "a message" : id);
        if (id.isBlank()) {
            throw new IllegalStateException(at + " lacks 'id'");
        }
        Channel channel = Channel.fromId(node.path("channel").asString(""))
                .orElseThrow(() -> new IllegalStateException(at + ": channel must be sms or email"));
        List<RedFlag> flags = new ArrayList<>();
        for (JsonNode flag : node.path("flags")) {
            FlagKind kind = FlagKind.fromId(flag.path("kind").asString(""))
                    .orElseThrow(() -> new IllegalStateException(at + ": unknown red flag kind " + flag.path("kind")));
            flags.add(new RedFlag(kind, wording(flag.has("text") ? flag.path("text") : flag, at + " flag")));
        }
        String link = node.hasNonNull("link") ? node.path("link").asString() : null;
        FakePage page = node.hasNonNull("page") ? FakePage.fromId(node.path("page").asString())
                .orElseThrow(() -> new IllegalStateException(at + ": page must be mitid, bank or card")) : null;
        Wording subject = node.has("subject") ? wording(node.path("subject"), at + " subject") : null;
        if ((subject != null) != (channel == Channel.EMAIL)) {
            throw new IllegalStateException(at + ": an e-mail has a subject, a text message none");
        }
        try {
            return new MessageTemplate(id, channel, node.path("fake").asBoolean(false), wording(node.path("sender"), at + " sender"),
                    subject, wording(node.path("body"), at + " body"), link, page, flags);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    /** A scalar (the same in every language) or a map with 'da', 'en' and any more two-letter languages. */
    private static Wording wording(JsonNode node, String what) {
        if (node.isString() && !node.asString().isBlank()) {
            return Wording.same(node.asString().strip());
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        node.properties().forEach(entry -> {
            if (LANGUAGE.matcher(entry.getKey()).matches() && !entry.getValue().asString("").isBlank()) {
                byLanguage.put(entry.getKey(), entry.getValue().asString().strip());
            }
        });
        if (!byLanguage.containsKey("da") || !byLanguage.containsKey("en")) {
            throw new IllegalStateException(what + " needs both 'da' and 'en'");
        }
        return new Wording(byLanguage, false);
    }
}
