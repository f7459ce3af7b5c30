package dk.sandkassen.base;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sandkassen.identity.Persona;
import dk.sandkassen.identity.Role;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import dk.sandkassen.shared.Languages;
import org.junit.jupiter.api.Test;

/**
 * Every user-visible string goes through a translation key, in every language. Fails on a
 * language file whose keys are not Danish's, a placeholder or plural form a translation lost,
 * a file without its honest review line, a configured language without a file, a key the code
 * uses that does not exist, and text written straight into UI code.
 */
class TranslationsTest {
    // (the app's texts are formatted by dk.sandkassen.base.Translations, with ICU plural forms)

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern USED_KEY = Pattern.compile("getTranslation\\(\\s*\"([a-z0-9.-]+)\"");
    /** Literal text handed to a component: a string with a letter in it. */
    private static final Pattern HARD_CODED = Pattern.compile(
            "(new (Button|Span|H[1-6]|Paragraph|RouterLink|NativeLabel|ListItem|Checkbox|TextField|TextArea"
                    + "|PasswordField|IntegerField|EmailField|RadioButtonGroup|ComboBox|Select|Details|Tab|Strong|Emphasis|Div|Text|Pre)"
                    + "\\(\\s*\"[^\"]*\\p{L}"
                    + "|\\.(setText|setLabel|setHeaderTitle|setPlaceholder|setHelperText|setErrorMessage|setTitle"
                    + "|setAriaLabel|setSummaryText|setTooltipText)\\(\\s*\"[^\"]*\\p{L}"
                    + "|new Image\\([^,]+,\\s*\"[^\"]*\\p{L}"
                    + "|new Anchor\\([^,]+,\\s*\"[^\"]*\\p{L}"
                    + "|Notification\\.show\\(\\s*\"[^\"]*\\p{L}"
                    + "|setAttribute\\(\\s*\"(aria-label|aria-description|aria-roledescription|aria-valuetext|title|alt|placeholder)\"\\s*,\\s*\"[^\"]*\\p{L})");

    private final Properties danish = load("translations_da.properties");
    private final Map<String, Properties> languages = TranslationFilesOnDisk.all();

    @Test
    void countsSaySingularAndPluralInEachLanguage() {
        Translations texts = new Translations();
        assertThat(texts.getTranslation("post.count", Languages.DANISH, 1)).isEqualTo("1 besked");
        assertThat(texts.getTranslation("post.count", Languages.DANISH, 2)).isEqualTo("2 beskeder");
        assertThat(texts.getTranslation("post.move-title", Languages.DANISH, 1)).isEqualTo("Flyt 1 besked");
        assertThat(texts.getTranslation("post.move-title", Languages.ENGLISH, 3)).isEqualTo("Move 3 messages");
        assertThat(texts.getTranslation("login.wrong-password", Languages.ENGLISH, 1)).contains("You have 1 try left");
        assertThat(texts.getTranslation("keycard.left", Languages.DANISH, 1)).isEqualTo("1 nøgle tilbage");
        assertThat(texts.getTranslation("welcome.seed", Languages.ENGLISH, "42")).startsWith("Your person's number is 42");
    }

    @Test
    void everyTextWithPlaceholdersCanBeFormatted() {
        languages.forEach((code, language) -> {
            for (String key : language.stringPropertyNames()) {
                String pattern = language.getProperty(key);
                if (pattern.matches("(?s).*\\{\\d.*")) {
                    assertThat(new com.ibm.icu.text.MessageFormat(pattern, com.ibm.icu.util.ULocale.forLanguageTag(code))
                            .format(new Object[] {1, 2, 3, 4})).as(code + ": " + key).doesNotContain("{");
                }
            }
        });
    }

    @Test
    void everyLanguageFileHasExactlyDanishsKeysNoneEmpty() {
        assertThat(languages).containsKeys("da", "en");
        languages.forEach((code, language) -> {
            Set<String> keys = new TreeSet<>(language.stringPropertyNames());
            Set<String> missing = new TreeSet<>(danish.stringPropertyNames());
            missing.removeAll(keys);
            keys.removeAll(danish.stringPropertyNames());
            assertThat(missing).as("keys translations_%s.properties lacks", code).isEmpty();
            assertThat(keys).as("keys translations_%s.properties has that Danish has not", code).isEmpty();
            assertThat(language.stringPropertyNames()).allSatisfy(key -> assertThat(language.getProperty(key))
                    .as(code + ": " + key).isNotBlank());
        });
    }

    @Test
    void everyTranslationKeepsDanishsPlaceholdersAndPluralForms() {
        List<String> wrong = new ArrayList<>();
        languages.forEach((code, language) -> {
            for (String key : danish.stringPropertyNames()) {
                String translated = language.getProperty(key);
                if (translated == null) {
                    continue; // the key test names it
                }
                String source = danish.getProperty(key);
                if (!MessageShape.arguments(translated).equals(MessageShape.arguments(source))) {
                    wrong.add(code + ": " + key + " has placeholders " + MessageShape.arguments(translated)
                            + ", Danish " + MessageShape.arguments(source));
                }
                wrong.addAll(MessageShape.pluralProblems(translated, code).stream().map(p -> code + ": " + key + ": " + p).toList());
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyFileStartsWithAHeaderThatSaysHonestlyWhoReviewedIt() throws IOException {
        for (String code : languages.keySet()) {
            List<String> header = TranslationFilesOnDisk.header(code);
            assertThat(header).as("translations_%s.properties starts with # comment lines", code).isNotEmpty();
            String review = header.stream().filter(line -> line.startsWith("# Review:")).findFirst().orElse("");
            assertThat(review).as("translations_%s.properties: a '# Review:' line in the header", code).isNotEmpty();
            if (code.equals("da") || code.equals("en")) {
                assertThat(review).as(code).startsWith("# Review: written by the Sandkassen team");
            } else {
                // Only a reviewer who exists is named, with the day; until then the file says so.
                assertThat(review).as(code + ": 'not yet reviewed by a native speaker …' or 'reviewed by NAME, YYYY-MM-DD …'")
                        .matches("# Review: (not yet reviewed by a native speaker.*|reviewed by \\S.*\\d{4}-\\d{2}-\\d{2}.*)");
            }
        }
    }

    @Test
    void everyConfiguredLanguageHasItsFile() {
        // Fails until the translators' files are in (issue 16): a configured language without one is left out of the app.
        assertThat(languages.keySet()).containsAll(TranslationFilesOnDisk.configured());
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path file : javaFiles()) {
            Matcher matcher = USED_KEY.matcher(Files.readString(file));
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        for (Persona persona : Persona.values()) {
            used.add("persona." + persona.id());
        }
        for (Role role : Role.values()) {
            used.add("role." + role.id());
        }
        assertThat(used).isNotEmpty();
        // "persona." + id: a key made at run time; its prefix must at least exist.
        Set<String> prefixes = new TreeSet<>(used.stream().filter(key -> key.endsWith(".")).toList());
        used.removeAll(prefixes);
        assertThat(danish.stringPropertyNames()).containsAll(used);
        assertThat(prefixes).allSatisfy(prefix ->
                assertThat(danish.stringPropertyNames()).anyMatch(key -> key.startsWith(prefix)));
    }

    @Test
    void noUserVisibleTextIsWrittenStraightIntoTheCode() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path file : javaFiles()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (HARD_CODED.matcher(lines.get(i)).find()) {
                    offences.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void apostrophesFollowMessageFormatRulesInEveryFile() {
        languages.forEach((code, language) -> {
            for (String key : language.stringPropertyNames()) {
                String value = language.getProperty(key);
                if (value.matches("(?s).*\\{\\d}.*")) {
                    assertThat(value.replace("''", "")).as("%s: %s: a lone ' in a message with parameters (write '' or ʼ)",
                            code, key).doesNotContain("'");
                } else {
                    assertThat(value).as("%s: %s: '' only belongs in messages with parameters", code, key).doesNotContain("''");
                }
            }
        });
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Cannot read " + name, e);
        }
        return properties;
    }
}
