package dk.sandkassen.classroom;

/** Where a class's pages are; the views in {@code ui} live at these routes. */
public final class ClassRoutes {

    /** A learner joins here: {@code hold/KM47TX} (the QR code's link). */
    public static final String JOIN = "hold";
    /** The teacher's page to start a class. */
    public static final String NEW = "hold/ny";
    /** The teacher's board: {@code hold/laerer/<secret key>}. */
    public static final String BOARD = "hold/laerer";
    /** What the projector shows: {@code hold/projektor/<secret key>}; never names. */
    public static final String PROJECTOR = "hold/projektor";
    /** A learner's page loads this when the class moved on; it starts what the class does now. */
    public static final String CONTINUE = "hold/fortsaet";
    /** A learner's page after the class ended (or the teacher took the learner off it). */
    public static final String ENDED = "hold/slut";

    private ClassRoutes() {
    }

    public static String join(ClassCode code) {
        return JOIN + "/" + code.value();
    }
}
