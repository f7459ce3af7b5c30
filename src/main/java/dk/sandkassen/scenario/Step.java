package dk.sandkassen.scenario;

import org.jspecify.annotations.Nullable;

/** One step of an exercise: what to do, a hint for when the learner is stuck, and the check. */
public record Step(String id, Text text, @Nullable Text hint, Check check) {
}
