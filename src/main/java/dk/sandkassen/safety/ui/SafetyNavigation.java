package dk.sandkassen.safety.ui;

import dk.sandkassen.safety.MessageId;

/** Where the safety pages are. The look-alike page lives in a "browser" inside Sandkassen. */
public final class SafetyNavigation {

    public static final String BROWSER = "browser";
    public static final String AFTER_MISTAKE = "hvis-uheldet-er-ude";

    private SafetyNavigation() {
    }

    /** A page a link on the phone leads to: the phone closes, so the page is in sight. */
    public static boolean opensFromPhone(String path) {
        return path.startsWith(BROWSER + "/") || path.equals(AFTER_MISTAKE);
    }

    public static String fakePage(MessageId message) {
        return BROWSER + "/" + message;
    }

    public static String explanation(MessageId message) {
        return BROWSER + "/" + message + "/forklaring";
    }
}
