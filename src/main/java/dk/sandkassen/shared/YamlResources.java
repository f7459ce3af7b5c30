package dk.sandkassen.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Catalogues shipped as YAML lists in the jar (letters, messages): every item, files by name. */
public final class YamlResources {

    private YamlResources() {
    }

    /** One item of a list, and the name of the file it is in (for messages). */
    public record Item(String file, JsonNode node) {
    }

    public static List<Item> items(String pattern) {
        List<Item> all = new ArrayList<>();
        for (Item file : files(pattern)) {
            for (JsonNode node : file.node()) {
                all.add(new Item(file.file(), node));
            }
        }
        return all;
    }

    /** Each file whole, by name: for catalogues kept as one map per file (a language each). */
    public static List<Item> files(String pattern) {
        YAMLMapper yaml = YAMLMapper.builder().build();
        List<Item> all = new ArrayList<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(pattern);
            Arrays.sort(files, (a, b) -> String.valueOf(a.getFilename()).compareTo(String.valueOf(b.getFilename())));
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    all.add(new Item(String.valueOf(file.getFilename()), yaml.readTree(in)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pattern, e);
        }
        return all;
    }
}
