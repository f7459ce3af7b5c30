package dk.sandkassen.safety;

/**
 * A part of a message the learner can mark as suspicious: the sender, the subject, one
 * sentence, or the link. Every sentence is a part, so marking does not give the answer away.
 *
 * @param id {@code sender}, {@code subject}, {@code link}, or {@code s0}, {@code s1} … for sentences
 */
public record Part(String id, Kind kind, String text) {

    public enum Kind { SENDER, SUBJECT, SENTENCE, LINK }
}
