package dk.sandkassen.safety;

/**
 * The sandbox events of safe-habits practice; exercises check them. Details name the message
 * ({@code message}: its id, {@code name}: what an exercise calls it) and never carry anything
 * the learner typed.
 */
public final class SafetyEvents {

    /** A message arrived on the phone. details: message, name, channel, fake. */
    public static final String RECEIVED = "safety.message.received";
    public static final String OPENED = "safety.message.opened";
    /** details: message, name, verdict (fake|real), correct, flags (how many), found (how many), missed (kinds). */
    public static final String JUDGED = "safety.message.judged";
    /** The learner followed a fake message's link to the look-alike page. */
    public static final String LINK_OPENED = "safety.link.opened";
    /** The learner pressed the look-alike page's button. What was typed is not in the event, nor anywhere else. */
    public static final String FAKE_FORM_SENT = "safety.fake-page.sent";
    /** The learner closed the look-alike page without sending anything. */
    public static final String FAKE_PAGE_LEFT = "safety.fake-page.left";
    public static final String CALL_INCOMING = "safety.call.incoming";
    public static final String CALL_ANSWERED = "safety.call.answered";
    /** details: how (declined, before answering; hung-up, during the call). */
    public static final String CALL_ENDED = "safety.call.ended";
    /** details: action (block-mitid, call-mitid-support, call-cyberhotline, call-bank). */
    public static final String AFTER_MISTAKE = "safety.after-mistake";

    private SafetyEvents() {
    }
}
