package dk.sandkassen.classroom;

import dk.sandkassen.sandbox.SandboxId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A learner in a class, known only by a nickname (never a real name, unless the teacher allows a first name). */
public record Member(MemberId id, ClassId classId, String nickname, @Nullable SandboxId sandbox, Instant joinedAt,
                     @Nullable Instant handRaisedAt, boolean resetAsked) {

    public boolean handRaised() {
        return handRaisedAt != null;
    }
}
