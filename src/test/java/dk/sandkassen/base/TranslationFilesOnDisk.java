package dk.sandkassen.base;

import dk.sandkassen.shared.Languages;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The language files as shipped (src/main/resources), and the languages the configuration names. */
final class TranslationFilesOnDisk {

    static final Path FOLDER = Path.of("src/main/resources/vaadin-i18n");
    private static final Pattern FILE = Pattern.compile("translations_([a-z]{2,3})\\.properties");

    private TranslationFilesOnDisk() {
    }

    /** Every translations_*.properties present, by language code. */
    static Map<String, Properties> all() {
        Map<String, Properties> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(FOLDER)) {
            for (Path file : list.toList()) {
                Matcher name = FILE.matcher(file.getFileName().toString());
                if (name.matches()) {
                    Properties properties = new Properties();
                    try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                        properties.load(in);
                    }
                    files.put(name.group(1), properties);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The comment lines the file starts with. */
    static List<String> header(String language) throws IOException {
        return Files.readAllLines(FOLDER.resolve("translations_" + language + ".properties")).stream()
                .takeWhile(line -> line.startsWith("#")).toList();
    }

    /** {@code sandkassen.languages} of application.properties, or the built-in default. */
    static List<String> configured() {
        Properties application = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            application.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Arrays.stream(application.getProperty("sandkassen.languages", Languages.DEFAULT).split(","))
                .map(String::strip).filter(code -> !code.isEmpty()).toList();
    }
}
