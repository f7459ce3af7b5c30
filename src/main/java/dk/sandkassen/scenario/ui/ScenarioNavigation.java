package dk.sandkassen.scenario.ui;

/** Where the exercises are, for links from other features. */
public final class ScenarioNavigation {

    /** The catalogue of exercises. */
    public static final String CATALOGUE = "ovelser";

    /** For teachers: links, QR codes, handouts, and what is wrong in their files. */
    public static final String TEACHER = "ovelser/laerer";

    private ScenarioNavigation() {
    }

    /** The link that starts an exercise directly, for handouts and QR codes. */
    public static String start(String exerciseId) {
        return "ovelse/" + exerciseId;
    }
}
