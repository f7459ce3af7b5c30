package dk.sandkassen.selfservice;

/**
 * The sandbox events of the self-service solutions; exercises check them. Every event has
 * {@code for} (the person whose matter it is; the event's actor is who acted) and
 * {@code receipt} when something was handed in.
 */
public final class SelfServiceEvents {

    /** A solution was opened. details: solution, for. */
    public static final String OPENED = "selfservice.opened";
    /** details: for, clinic (ydernummer), receipt. */
    public static final String DOCTOR_CHANGED = "selfservice.doctor-changed";
    /** details: for, with (comma-separated roles who moved along), date, postcode, receipt. */
    public static final String MOVE_REPORTED = "selfservice.move-reported";
    /** details: for, figure (income | transport), from, to, receipt. */
    public static final String TAX_CHANGED = "selfservice.tax-changed";
    /** details: for, prescription, receipt. */
    public static final String PRESCRIPTION_RENEWED = "selfservice.prescription-renewed";

    private SelfServiceEvents() {
    }
}
