package dk.sandkassen.safety;

/** The simulated call on the phone: ringing, answered (the caller talks), or over. */
public record PressureCall(State state) {

    public enum State { RINGING, ANSWERED, ENDED }
}
