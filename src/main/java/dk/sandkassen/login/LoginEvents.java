package dk.sandkassen.login;

/** The sandbox events the login records; exercises check them. */
public final class LoginEvents {

    /** details: method, authenticator; actor: the person who logged in. */
    public static final String SUCCEEDED = "login.succeeded";
    /** details: method, authenticator, reason (wrong-password, wrong-code, wrong-pin, unknown-user, expired, rejected). */
    public static final String FAILED = "login.failed";
    public static final String BLOCKED = "login.blocked";
    public static final String UNBLOCKED = "login.unblocked";
    public static final String LOGGED_OUT = "logout";
    /** An approval request the learner did not start arrived in the MitID app. */
    public static final String SUSPICIOUS_REQUEST = "mitid.suspicious.received";
    public static final String SUSPICIOUS_REJECTED = "mitid.suspicious.rejected";
    public static final String SUSPICIOUS_APPROVED = "mitid.suspicious.approved";
    /** Something that looked like a real CPR number was typed and thrown away (never stored). */
    public static final String REAL_CPR_DISCARDED = "safety.real-cpr-discarded";
    public static final String CREDENTIALS_CHANGED = "login.credentials-changed";

    private LoginEvents() {
    }
}
