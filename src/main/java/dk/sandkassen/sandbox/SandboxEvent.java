package dk.sandkassen.sandbox;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Something the learner (or the simulated world) did in a sandbox.
 *
 * @param type    a stable name such as {@code login.succeeded} or {@code letter.opened}
 * @param actor   the role id of the person who acted ({@code self}, {@code daughter}, ...), if any
 * @param details small string values the exercise checks read
 */
public record SandboxEvent(long id, SandboxId sandboxId, Instant occurredAt, String type,
                           @Nullable String actor, Map<String, String> details) {

    public SandboxEvent {
        details = Map.copyOf(details);
    }

    public String detail(String key) {
        return details.getOrDefault(key, "");
    }
}
