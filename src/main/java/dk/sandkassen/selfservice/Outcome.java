package dk.sandkassen.selfservice;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The receipt of what was handed in, or why nothing was (a translation key the page shows
 * next to what the learner typed, which stays as it was).
 */
public record Outcome(@Nullable Receipt receipt, @Nullable String problem) {

    static Outcome done(Receipt receipt) {
        return new Outcome(receipt, null);
    }

    static Outcome refused(String problem) {
        return new Outcome(null, problem);
    }

    public Optional<Receipt> receiptIfDone() {
        return Optional.ofNullable(receipt);
    }

    public Optional<String> problemIfAny() {
        return Optional.ofNullable(problem);
    }
}
