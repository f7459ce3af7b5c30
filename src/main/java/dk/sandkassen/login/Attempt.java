package dk.sandkassen.login;

/** How one try at a login step went. */
public record Attempt(Outcome outcome, int attemptsLeft) {

    public enum Outcome { OK, WRONG, BLOCKED }

    static Attempt ok() {
        return new Attempt(Outcome.OK, Credentials.MAX_FAILURES);
    }

    static Attempt blocked() {
        return new Attempt(Outcome.BLOCKED, 0);
    }

    public boolean succeeded() {
        return outcome == Outcome.OK;
    }
}
