package dk.sandkassen.identity;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;
import org.jspecify.annotations.Nullable;

/** Draws fictitious people from one seeded random source; the order of draws is fixed. */
final class PersonGenerator {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    /** Latin-script locales with male and female first names, for newcomers' names. */
    private static final List<Locale> NEWCOMER_ORIGINS = List.of(
            Locale.forLanguageTag("tr"), Locale.forLanguageTag("es"),
            Locale.forLanguageTag("pt-BR"), Locale.forLanguageTag("ro-MD"));
    private static final List<String> EMAIL_DOMAINS = List.of("example.com", "example.net", "example.org");
    private static final List<String> SIDES = List.of("th", "tv", "mf");

    private final Random random;
    private final LocalDate today;
    private final Faker danish;

    private static final java.util.Map<String, String> DANISH_SPELLING = java.util.Map.of("Sorensen", "Sørensen",
            "Jorgensen", "Jørgensen", "Jurgensen", "Jørgensen", "Baekgaard", "Bækgaard", "Aakjaer", "Aakjær");
    private static final java.util.Set<String> NOT_DANISH = java.util.Set.of("Anderson", "Arneson", "Stromberg", "Rigby",
            "Rohtez", "Warkentin", "Blaudzun", "Hom", "Werfel", "Waering");
    /** A vowel right before a final "å" ("Aaå", "Otteå"), or three letters alike. */
    private static final java.util.regex.Pattern IMPLAUSIBLE_TOWN =
            java.util.regex.Pattern.compile("(?iu).*[aeiouyæøå]å|.*(\\p{L})\\1\\1.*");

    PersonGenerator(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
        this.danish = new Faker(DANISH, random);
    }

    Person dane(Role role, int minAge, int maxAge, @Nullable Address home) {
        Sex sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
        return person(role, sex, randomAge(minAge, maxAge), danish, danishSurname(), home);
    }

    Person newcomer(Role role, int minAge, int maxAge) {
        Faker origin = new Faker(NEWCOMER_ORIGINS.get(random.nextInt(NEWCOMER_ORIGINS.size())), random);
        Sex sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
        return person(role, sex, randomAge(minAge, maxAge), origin, origin.name().lastName(), null);
    }

    Person relative(RelativeSpec spec, Person citizen) {
        Sex sex = spec.sex() != null ? spec.sex() : (random.nextInt(10) < 9 ? opposite(citizen.sex()) : citizen.sex());
        // Years since the citizen's birth year, not the exact age: stable all calendar year.
        int age = spec.ageFrom(today.getYear() - citizen.birthDate().getYear(), random);
        String lastName = spec.sharesSurname() ? citizen.lastName() : danishSurname();
        return person(spec.role(), sex, age, danish, lastName, spec.livesWithCitizen() ? citizen.address() : null);
    }

    private Person person(Role role, Sex sex, int age, Faker names, String lastName, @Nullable Address home) {
        String firstName = sex == Sex.FEMALE ? names.name().femaleFirstName() : names.name().maleFirstName();
        LocalDate birthDate = birthDate(age);
        Cpr cpr = Cpr.fictitious(birthDate, sex, random);
        Address address = home != null ? home : address();
        return new Person(role, firstName, lastName, cpr, address, phone(), email(firstName, lastName));
    }

    /**
     * Born in (this year - age) on a seeded day, so the person is {@code age} or {@code age - 1}
     * today and the same seed gives the same birth date all year.
     */
    private LocalDate birthDate(int age) {
        return LocalDate.of(today.getYear() - age, 1, 1).plusDays(random.nextInt(365));
    }

    private int randomAge(int minAge, int maxAge) {
        // +1: born this many years ago, the birthday may not have come yet this year.
        return minAge + 1 + random.nextInt(maxAge - minAge);
    }

    /** A fictitious address drawn like everyone's home: the same streets, postcodes and towns. */
    Address address() {
        String street = danish.address().streetName() + " " + (1 + random.nextInt(120));
        if (random.nextInt(3) == 0) {
            street += ", " + (1 + random.nextInt(5)) + ". " + SIDES.get(random.nextInt(SIDES.size()));
        }
        String postcode = Integer.toString(1000 + random.nextInt(9000));
        return new Address(street, postcode, town());
    }

    /**
     * A Danish surname as Danes write it. Datafaker's Danish list has a few spelled the American
     * way ("Sorensen", "Jorgensen") and a few that are not Danish at all; those are written the
     * Danish way or drawn again.
     */
    private String danishSurname() {
        for (int tries = 0; ; tries++) {
            String name = danish.name().lastName();
            String danishSpelling = DANISH_SPELLING.getOrDefault(name, name);
            if (!NOT_DANISH.contains(danishSpelling) || tries >= 20) {
                return danishSpelling;
            }
        }
    }

    /** A made-up town that could be Danish: Datafaker joins parts into names such as "Aaå". */
    private String town() {
        for (int tries = 0; ; tries++) {
            String town = danish.address().city();
            if (!IMPLAUSIBLE_TOWN.matcher(town).matches() || tries >= 20) {
                return town;
            }
        }
    }

    /** "Anne Holm": a Danish first name and surname, for people who are not in the household (a doctor). */
    String danishName() {
        String first = random.nextBoolean() ? danish.name().femaleFirstName() : danish.name().maleFirstName();
        return first + " " + danishSurname();
    }

    /** Danish subscriber numbers never start with 0, so "+45 0..." can never reach a real phone. */
    private String phone() {
        return "+45 0%d %02d %02d %02d".formatted(random.nextInt(10), random.nextInt(100),
                random.nextInt(100), random.nextInt(100));
    }

    private String email(String firstName, String lastName) {
        return ascii(firstName) + "." + ascii(lastName) + "@" + EMAIL_DOMAINS.get(random.nextInt(EMAIL_DOMAINS.size()));
    }

    private static String ascii(String name) {
        String danishLetters = name.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("ı", "i");
        return Normalizer.normalize(danishLetters, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    private static Sex opposite(Sex sex) {
        return sex == Sex.FEMALE ? Sex.MALE : Sex.FEMALE;
    }
}
