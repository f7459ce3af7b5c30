package dk.sandkassen.perf;

/** Something a learner would have noticed: the page did not show what it should. */
final class JourneyError extends RuntimeException {

    JourneyError(String message) {
        super(message);
    }
}
