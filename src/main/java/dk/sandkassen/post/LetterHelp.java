package dk.sandkassen.post;

import dk.sandkassen.sandbox.SandboxId;

/**
 * Whether "Hvad betyder brevet?" may be offered in a sandbox now. Another feature (the
 * exercises) answers no while an exercise that tests reading a letter runs; with no answer
 * at all, the explanation is offered.
 */
public interface LetterHelp {

    boolean offered(SandboxId sandbox);
}
