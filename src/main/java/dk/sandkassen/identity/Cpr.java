package dk.sandkassen.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A fictitious CPR number ("erstatningspersonnummer"). Following CPR-kontoret's advice for
 * numbers that can never belong to a real person, 6 is added to the first digit of the birth
 * day, so the day field is 61–91. Everything else is as in a real CPR number: month and
 * year of birth, the 7th digit and the year give the century, the last digit is even for a
 * woman and odd for a man, and (for realism) the number passes the modulus-11 check.
 *
 * @param value ten digits, without the dash
 */
public record Cpr(String value) {

    private static final int[] WEIGHTS = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
    private static final int FICTITIOUS_DAY_OFFSET = 60;

    public Cpr {
        if (value == null || !value.matches("\\d{10}")) {
            throw new IllegalArgumentException("A CPR number has 10 digits");
        }
        int day = Integer.parseInt(value.substring(0, 2));
        if (day < 61 || day > 91) {
            throw new IllegalArgumentException("A fictitious CPR number has birth day 61–91: " + value);
        }
        if (birthDateOf(value, FICTITIOUS_DAY_OFFSET).isEmpty()) {
            throw new IllegalArgumentException("Not a valid date of birth: " + value);
        }
    }

    /** Parses "DDMMYY-SSSS" or ten digits; spaces and the dash are ignored. */
    public static Cpr parse(String text) {
        return new Cpr(digitsOnly(text));
    }

    /** Makes a fictitious CPR number for someone born on {@code birthDate} with {@code sex}. */
    public static Cpr fictitious(LocalDate birthDate, Sex sex, RandomGenerator random) {
        int year = birthDate.getYear();
        if (year < 1900 || year > 2057) {
            throw new IllegalArgumentException("CPR numbers cover births 1900–2057: " + birthDate);
        }
        String datePart = "%02d%02d%02d".formatted(
                birthDate.getDayOfMonth() + FICTITIOUS_DAY_OFFSET, birthDate.getMonthValue(), year % 100);
        for (int attempt = 0; attempt < 200; attempt++) {
            int centuryDigit = centuryDigitFor(year, random);
            String nine = datePart + centuryDigit + "%02d".formatted(random.nextInt(100));
            int check = (11 - weightedSum(nine) % 11) % 11;
            if (check < 10 && sex.matches(check)) {
                return new Cpr(nine + check);
            }
        }
        // Real CPR numbers do not always pass modulus 11 either; keep only the sex rule.
        String nine = datePart + centuryDigitFor(year, random) + "%02d".formatted(random.nextInt(100));
        int last = random.nextInt(5) * 2 + (sex == Sex.MALE ? 1 : 0);
        return new Cpr(nine + last);
    }

    /**
     * Whether the text has the shape of a real person's CPR number (a real birth day 01–31).
     * Learners must never type their own number here; the login screens use this to warn and
     * discard such input.
     */
    public static boolean looksReal(String text) {
        String digits = digitsOnly(text);
        if (!digits.matches("\\d{10}")) {
            return false;
        }
        return birthDateOf(digits, 0).filter(date -> !date.isAfter(LocalDate.now())).isPresent();
    }

    public LocalDate birthDate() {
        return birthDateOf(value, FICTITIOUS_DAY_OFFSET).orElseThrow();
    }

    public Sex sex() {
        return (value.charAt(9) - '0') % 2 == 0 ? Sex.FEMALE : Sex.MALE;
    }

    public boolean passesModulus11() {
        return weightedSum(value) % 11 == 0;
    }

    /** "DDMMYY-SSSS", as printed on a health card. */
    public String formatted() {
        return value.substring(0, 6) + "-" + value.substring(6);
    }

    @Override
    public String toString() {
        return formatted();
    }

    private static int centuryDigitFor(int year, RandomGenerator random) {
        if (year < 2000) {
            return random.nextInt(4); // 0–3: 1900–1999
        }
        if (year <= 2036) {
            int[] digits = {4, 5, 6, 7, 8, 9};
            return digits[random.nextInt(digits.length)];
        }
        return 5 + random.nextInt(4); // 5–8: 2000–2057
    }

    private static Optional<LocalDate> birthDateOf(String digits, int dayOffset) {
        int day = Integer.parseInt(digits.substring(0, 2)) - dayOffset;
        int month = Integer.parseInt(digits.substring(2, 4));
        int yy = Integer.parseInt(digits.substring(4, 6));
        int centuryDigit = digits.charAt(6) - '0';
        int year;
        if (centuryDigit <= 3) {
            year = 1900 + yy;
        } else if (centuryDigit == 4 || centuryDigit == 9) {
            year = yy <= 36 ? 2000 + yy : 1900 + yy;
        } else {
            year = yy <= 57 ? 2000 + yy : 1800 + yy;
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int weightedSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return sum;
    }

    private static String digitsOnly(String text) {
        return text == null ? "" : text.replaceAll("[\\s-]", "");
    }
}
