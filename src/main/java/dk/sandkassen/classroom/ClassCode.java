package dk.sandkassen.classroom;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The code learners type to join a class: six characters from an alphabet without look-alikes
 * (no 0/O/D/Q, 1/I/L, 2/Z, 5/S, 6/G, 8/B), so it can be read off a projector and typed on a tablet.
 */
public record ClassCode(String value) {

    static final String ALPHABET = "ACEFHJKMNPRTUVWXY3479";
    static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    public ClassCode {
        if (value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("Not a class code: " + value);
        }
    }

    /** What a learner typed, tolerating spaces, dashes and small letters. */
    public static Optional<ClassCode> parse(String typed) {
        String clean = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]", "");
        if (clean.length() != LENGTH || !clean.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new ClassCode(clean));
    }

    static ClassCode random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new ClassCode(code.toString());
    }

    /** "KM4 7TX": easier to read aloud and off a projector. */
    public String spaced() {
        return value.substring(0, 3) + " " + value.substring(3);
    }

    @Override
    public String toString() {
        return value;
    }
}
