package dk.sandkassen.login.ui;

import com.vaadin.flow.component.textfield.TextField;
import dk.sandkassen.identity.Cpr;
import dk.sandkassen.login.LoginEvents;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxEvents;
import dk.sandkassen.shared.ui.Notice;
import java.util.Map;

/**
 * Learners must never type their own CPR number here. Anything that looks like a real one is
 * thrown away at once (never stored, never logged) with a kind explanation.
 */
public final class RealCprGuard {

    private RealCprGuard() {
    }

    /** Returns true, and clears the field, when the value looked like a real CPR number. */
    public static boolean discardIfReal(TextField field, Notice notice, Sandbox sandbox, SandboxEvents events) {
        if (!Cpr.looksReal(field.getValue())) {
            return false;
        }
        field.clear();
        notice.show(Notice.Kind.WARNING, field.getTranslation("login.real-cpr-warning",
                sandbox.citizen().cpr().formatted()));
        events.record(sandbox.id(), LoginEvents.REAL_CPR_DISCARDED, Map.of("field", field.getId().orElse("user-id")));
        field.focus();
        return true;
    }
}
