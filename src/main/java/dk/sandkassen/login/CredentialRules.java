package dk.sandkassen.login;

import dk.sandkassen.identity.Cpr;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules the real services set when a citizen chooses a user-ID or password (reference
 * §2.1 and §2.2). Each check returns the translation key of what is wrong, or nothing.
 */
public final class CredentialRules {

    private CredentialRules() {
    }

    /**
     * NemID password: either 4 digits (not all the same, not a run like 1234 or 9876, not part
     * of the CPR number), or 6–40 characters with both letters and digits, no æ, ø or å, no
     * character four times in a row, no blank at either end, and not the CPR number.
     */
    public static Optional<String> nemIdPassword(String password, Cpr cpr) {
        if (password.matches("\\d{4}")) {
            if (password.chars().distinct().count() == 1) {
                return Optional.of("rules.nemid-password.same-digits");
            }
            if (isRun(password)) {
                return Optional.of("rules.nemid-password.run");
            }
            if (cpr.value().contains(password)) {
                return Optional.of("rules.nemid-password.in-cpr");
            }
            return Optional.empty();
        }
        if (password.length() < 6 || password.length() > 40) {
            return Optional.of("rules.nemid-password.length");
        }
        if (!password.equals(password.strip())) {
            return Optional.of("rules.blank-at-end");
        }
        if (password.toLowerCase(Locale.ROOT).matches(".*[æøå].*")) {
            return Optional.of("rules.nemid-password.danish-letters");
        }
        if (!password.matches(".*\\p{L}.*") || !password.matches(".*\\d.*")) {
            return Optional.of("rules.nemid-password.letters-and-digits");
        }
        if (password.toLowerCase(Locale.ROOT).matches(".*(.)\\1\\1\\1.*")) {
            return Optional.of("rules.nemid-password.four-in-a-row");
        }
        if (password.replaceAll("\\D", "").contains(cpr.value())) {
            return Optional.of("rules.nemid-password.in-cpr");
        }
        return Optional.empty();
    }

    /** A self-chosen NemID user-ID: 5–40 letters or digits, not a CPR-like number. */
    public static Optional<String> nemIdUserId(String userId) {
        if (!userId.equals(userId.strip())) {
            return Optional.of("rules.blank-at-end");
        }
        if (userId.length() < 5 || userId.length() > 40) {
            return Optional.of("rules.nemid-user-id.length");
        }
        if (!userId.matches("[\\p{L}\\d]+")) {
            return Optional.of("rules.nemid-user-id.characters");
        }
        if (userId.matches("\\d{8,}")) {
            return Optional.of("rules.user-id.digits");
        }
        return Optional.empty();
    }

    /**
     * A MitID user-ID: 5–48 characters from letters (æ, ø and å too), digits and the symbols
     * {@code . - _ @}; not a CPR number or any ten digits; no blank at either end.
     */
    public static Optional<String> mitIdUserId(String userId) {
        if (!userId.equals(userId.strip())) {
            return Optional.of("rules.blank-at-end");
        }
        if (userId.length() < 5 || userId.length() > 48) {
            return Optional.of("rules.mitid-user-id.length");
        }
        if (!userId.matches("[a-zA-ZæøåÆØÅ0-9._@-]+")) {
            return Optional.of("rules.mitid-user-id.characters");
        }
        if (userId.replaceAll("\\D", "").length() >= 10 || userId.replaceAll("[\\s-]", "").matches("\\d{10}")) {
            return Optional.of("rules.user-id.digits");
        }
        return Optional.empty();
    }

    private static boolean isRun(String digits) {
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < digits.length(); i++) {
            int step = digits.charAt(i) - digits.charAt(i - 1);
            up &= step == 1;
            down &= step == -1;
        }
        return up || down;
    }
}
