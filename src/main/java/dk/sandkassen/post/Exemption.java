package dk.sandkassen.post;

import dk.sandkassen.sandbox.SandboxEvents;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice application for exemption from Digital Post (fritagelse). In reality it is
 * done in person at Borgerservice; here the form is "handed in" to the fictitious kommune,
 * which answers with a letter.
 */
@Service
public class Exemption {

    /** The real criteria (reference E14); the applicant need not say which applies. */
    public static final Set<String> CRITERIA = Set.of("impairment", "no-computer", "emigrated", "homeless", "language",
            "no-mitid");

    private final Deliveries deliveries;
    private final Access access;
    private final SandboxEvents events;

    Exemption(Deliveries deliveries, Access access, SandboxEvents events) {
        this.deliveries = deliveries;
        this.access = access;
        this.events = events;
    }

    /**
     * Hands in the owner's application. Only the owner may: a helper with access to the
     * mailbox cannot apply for someone else, as at the real Borgerservice.
     *
     * @param onTrustAndHonour the declaration "på tro og love"; without it nothing is handed in
     */
    @Transactional
    public boolean apply(Mailbox box, Set<String> criteria, boolean onTrustAndHonour) {
        access.toChangeSettings(box);
        if (!onTrustAndHonour || !CRITERIA.containsAll(criteria)) {
            return false;
        }
        events.record(box.sandbox(), PostEvents.EXEMPTION_APPLIED, box.actor().id(), Map.of("owner", box.owner().id(),
                "criteria", String.join(",", criteria)));
        deliveries.deliver(box.acting().sandbox(), box.owner(), "fritagelse-svar", null, Map.of());
        return true;
    }
}
