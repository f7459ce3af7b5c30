package dk.sandkassen.safety;

import java.util.List;

/**
 * The feedback on the learner's answer: whether the verdict was right, each red flag found or
 * missed, and the parts marked that were fine.
 */
public record Judgement(Verdict verdict, boolean correct, List<Flag> flags, List<Part> fineParts) {

    public Judgement {
        flags = List.copyOf(flags);
        fineParts = List.copyOf(fineParts);
    }

    /** A red flag in the message's words, and whether the learner marked the part it is in. */
    public record Flag(FlagKind kind, String words, boolean found) {
    }

    public long found() {
        return flags.stream().filter(Flag::found).count();
    }
}
