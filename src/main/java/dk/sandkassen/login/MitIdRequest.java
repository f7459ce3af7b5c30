package dk.sandkassen.login;

import java.time.Instant;

/**
 * An approval request in the MitID app: what is being approved, where, and until when.
 *
 * @param whatKey   translation key of what ("Log på")
 * @param whereKey  translation key of where ("borger.dk (Demo)")
 * @param suspicious true when the learner did not start it: rejecting it is the right answer
 */
public record MitIdRequest(String id, String whatKey, String whereKey, Instant expiresAt, boolean suspicious) {

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
