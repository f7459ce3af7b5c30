package dk.sandkassen.perf;

/** Something a learner would have noticed: the page did not show what it should. */
class JourneyError extends RuntimeException {

    JourneyError(String message) {
        super(message);
    }

    /** The server did not answer at all: the connection failed, or no answer came within the timeout. */
    static final class NoAnswer extends JourneyError {

        NoAnswer(String message) {
            super(message);
        }
    }
}
