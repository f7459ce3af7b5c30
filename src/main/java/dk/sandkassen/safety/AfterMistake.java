package dk.sandkassen.safety;

import java.util.Locale;
import java.util.Optional;

/**
 * What to do when one has clicked, typed or approved by mistake (Digitaliseringsstyrelsen's
 * advice): block MitID, call MitID support (33 98 00 10), the Cyberhotline (33 37 00 37), the bank.
 */
public enum AfterMistake {
    BLOCK_MITID, CALL_MITID_SUPPORT, CALL_CYBERHOTLINE, CALL_BANK;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<AfterMistake> fromId(String id) {
        for (AfterMistake action : values()) {
            if (action.id().equals(id)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
