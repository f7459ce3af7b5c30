package dk.sandkassen.selfservice;

import dk.sandkassen.identity.Role;
import java.time.Instant;

/**
 * What a solution hands back when something is handed in: a receipt number (also in the letter
 * that follows), whose matter it was, who acted, and the authority whose letter is on its way.
 */
public record Receipt(String number, Solution solution, Role person, Role actedBy, String authority, Instant at) {

    public boolean onBehalf() {
        return person != actedBy;
    }
}
