package dk.sandkassen.post;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where Digital Post tells of new post: one mobile number (+45) and up to two e-mail
 * addresses, each channel on or off; and whether the citizen signed up for NemSMS.
 * Nothing is ever sent outside Sandkassen: notifications appear on the on-screen phone.
 */
public record NotificationSettings(@Nullable String mobile, @Nullable String email1, @Nullable String email2,
                                   boolean notifySms, boolean notifyEmail, boolean nemSms) {

    public static final NotificationSettings NONE = new NotificationSettings(null, null, null, false, false, false);
    /** Longer than any phone number or e-mail address typed by hand (the e-mail standard's own limit is 254). */
    public static final int MAX_TYPED = 254;

    /** "+45 12 34 56 78": 8 digits after +45, spaces allowed. Returns the number written tidily, or nothing. */
    public static Optional<String> normaliseMobile(String typed) {
        String digits = typed.replaceAll("[\\s-]", "");
        if (digits.startsWith("+45")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0045")) {
            digits = digits.substring(4);
        }
        if (!digits.matches("\\d{8}")) {
            return Optional.empty();
        }
        return Optional.of("+45 %s %s %s %s".formatted(digits.substring(0, 2), digits.substring(2, 4),
                digits.substring(4, 6), digits.substring(6, 8)));
    }

    public static boolean isEmail(String typed) {
        return typed.strip().matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[a-zA-Z]{2,}");
    }
}
