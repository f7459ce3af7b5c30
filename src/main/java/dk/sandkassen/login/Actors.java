package dk.sandkassen.login;

import dk.sandkassen.identity.Role;
import dk.sandkassen.sandbox.Sandbox;
import org.springframework.stereotype.Component;

/**
 * Actors for what happens in a sandbox without a learner's request behind it: the exercise
 * engine reading what the citizen would see, and an exercise's setup (folders, letters,
 * requests from relatives) before the learner begins. Never for a learner's action: a view
 * takes its actor from {@link CurrentLogin#actor()}. {@code ActorRulesTest} keeps every view
 * and every other feature away from this class.
 */
@Component
public class Actors {

    /** The citizen the learner plays, in their own sandbox. */
    public Actor citizen(Sandbox sandbox) {
        return new Actor(sandbox, Role.SELF);
    }

    /** Someone in the sandbox, such as the relative who sends a request in an exercise's setup. */
    public Actor person(Sandbox sandbox, Role role) {
        return new Actor(sandbox, role);
    }
}
