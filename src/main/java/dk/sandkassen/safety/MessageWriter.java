package dk.sandkassen.safety;

import dk.sandkassen.identity.Person;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a message template's placeholders for the person it is sent to: {@code {fornavn}},
 * {@code {navn}}, {@code {by}}, and per message a seeded amount {@code {beloeb}} and parcel
 * number {@code {pakkenr}} (clearly fictitious: DEMO…).
 */
final class MessageWriter {

    static final Set<String> PLACEHOLDERS = Set.of("fornavn", "navn", "by", "beloeb", "pakkenr");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zæøå-]+)}");

    private final Person person;
    private final long messageSeed;

    MessageWriter(Person person, long messageSeed) {
        this.person = person;
        this.messageSeed = messageSeed;
    }

    String fill(String text, Locale language) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(value(matcher.group(1), language)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String value(String name, Locale language) {
        Random random = new Random(messageSeed * 31 + name.hashCode());
        return switch (name) {
            case "fornavn" -> person.firstName();
            case "navn" -> person.fullName();
            case "by" -> person.address().city();
            case "beloeb" -> {
                NumberFormat format = NumberFormat.getNumberInstance(dk.sandkassen.shared.Languages.byTag(language.toLanguageTag()));
                format.setMinimumFractionDigits(2);
                format.setMaximumFractionDigits(2);
                yield format.format(1_200 + random.nextInt(680_000) / 100.0);
            }
            case "pakkenr" -> "DEMO%08d".formatted(random.nextInt(100_000_000));
            default -> throw new IllegalArgumentException("Unknown placeholder {" + name + "}");
        };
    }
}
