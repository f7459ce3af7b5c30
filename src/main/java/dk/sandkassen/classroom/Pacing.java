package dk.sandkassen.classroom;

/** "Frit tempo": every learner at their own pace. "Følg mig": nobody past the step the teacher has opened. */
public enum Pacing {
    SELF, FOLLOW;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
