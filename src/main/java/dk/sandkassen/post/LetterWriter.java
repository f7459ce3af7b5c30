package dk.sandkassen.post;

import dk.sandkassen.identity.Person;
import dk.sandkassen.identity.Seeds;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a template's placeholders for one recipient and one letter date. Letters stay in
 * Danish, as they are in reality, whatever the learner's language.
 */
final class LetterWriter {

    static final Locale DANISH = Locale.of("da", "DK");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", DANISH);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zæøå-]+)(?:([+-])(\\d{1,4}))?}");
    /** The five regions are real authorities; the letters from them are not. */
    private static final List<String> REGIONS = List.of("Region Hovedstaden", "Region Sjælland", "Region Syddanmark",
            "Region Midtjylland", "Region Nordjylland");
    private static final List<String> FIRST_NAMES = List.of("Gerda", "Aage", "Inger", "Poul", "Karen", "Knud", "Ruth", "Erling");

    private final Person recipient;
    private final LocalDate today;
    private final String region;
    private final Map<String, String> extras;

    /**
     * @param extras values for placeholders only some letters have, such as {@code modtager}
     *               and {@code emne} in an automatic receipt
     */
    LetterWriter(Person recipient, long sandboxSeed, LocalDate today, Map<String, String> extras) {
        this.recipient = recipient;
        this.today = today;
        this.region = REGIONS.get(new Random(Seeds.mix(sandboxSeed)).nextInt(REGIONS.size()));
        this.extras = extras;
    }

    /** @param letterSeed varies the case number and the like from letter to letter, reproducibly */
    String fill(String text, LocalDate letterDate, long letterSeed) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(value(matcher, letterDate, letterSeed)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String value(Matcher m, LocalDate letterDate, long letterSeed) {
        String name = m.group(1);
        if (m.group(2) != null) {
            if (!name.equals("dato")) {
                throw new IllegalArgumentException("Only {dato} takes a number of days: {" + name + m.group(2) + m.group(3) + "}");
            }
            int days = Integer.parseInt(m.group(3)) * (m.group(2).equals("-") ? -1 : 1);
            return letterDate.plusDays(days).format(DATE);
        }
        return switch (name) {
            case "navn" -> recipient.fullName();
            case "fornavn" -> recipient.firstName();
            case "efternavn" -> recipient.lastName();
            case "adresse" -> recipient.address().street();
            case "postby" -> recipient.address().postalLine();
            case "by" -> recipient.address().city();
            case "kommune" -> recipient.address().city() + " Kommune";
            case "region" -> region;
            case "cpr" -> recipient.cpr().formatted();
            case "idag" -> today.format(DATE);
            case "dato" -> letterDate.format(DATE);
            case "aar" -> String.valueOf(letterDate.getYear());
            case "naeste-aar" -> String.valueOf(letterDate.getYear() + 1);
            case "maaned" -> letterDate.minusMonths(1).format(MONTH);
            case "sagsnr" -> "DEMO-%d-%06d".formatted(letterDate.getYear(), new Random(letterSeed).nextInt(1_000_000));
            case "afdoed" -> FIRST_NAMES.get(new Random(letterSeed).nextInt(FIRST_NAMES.size())) + " " + recipient.lastName();
            default -> {
                String extra = extras.get(name);
                if (extra == null) {
                    throw new IllegalArgumentException("Unknown placeholder {" + name + "}");
                }
                yield extra;
            }
        };
    }
}
