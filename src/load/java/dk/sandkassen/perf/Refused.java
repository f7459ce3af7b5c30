package dk.sandkassen.perf;

/**
 * A new visitor turned away at the door, before the server made a session: 429 "busy" (too
 * many new sessions from this address) or 503 "full" (the node holds all the learners it
 * can), with the seconds the calm page waits before it tries again by itself.
 */
final class Refused extends JourneyError {

    final int status;
    final long retryAfterSeconds;
    /** The refusal came with a session cookie: the server made a session for a visitor it turned away. */
    final boolean gaveASession;

    Refused(int status, long retryAfterSeconds, boolean gaveASession) {
        super("HTTP " + status + " for a new visitor (Retry-After " + retryAfterSeconds + " s)");
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
        this.gaveASession = gaveASession;
    }
}
