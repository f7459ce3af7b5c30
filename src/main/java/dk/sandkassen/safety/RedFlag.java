package dk.sandkassen.safety;

/** A red flag of a fake message: what kind it is, and the words of the message it points at. */
public record RedFlag(FlagKind kind, Wording text) {
}
