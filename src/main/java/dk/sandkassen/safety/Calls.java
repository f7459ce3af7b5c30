package dk.sandkassen.safety;

import dk.sandkassen.login.LoginEvents;
import dk.sandkassen.login.MitIdService;
import dk.sandkassen.login.Phone;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxEvent;
import dk.sandkassen.sandbox.SandboxEvents;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The pressure call, as events: it rings, the learner answers or declines, the caller talks
 * and a MitID approval request arrives while the call is on — as in mitid.dk's warning about
 * "fupopkald". Declining does not stop the fraudster from trying the login, so the request
 * arrives either way; hanging up and rejecting it is the right answer.
 */
@Component
class Calls {

    private final SandboxEvents events;
    private final MitIdService mitId;

    Calls(SandboxEvents events, MitIdService mitId) {
        this.events = events;
        this.mitId = mitId;
    }

    void start(Sandbox sandbox) {
        events.record(sandbox.id(), SafetyEvents.CALL_INCOMING, Map.of("caller", "mitid-support"));
    }

    Optional<PressureCall> current(Phone phone) {
        PressureCall call = null;
        for (SandboxEvent event : events.list(phone.sandbox())) {
            call = switch (event.type()) {
                case SafetyEvents.CALL_INCOMING -> new PressureCall(PressureCall.State.RINGING);
                case SafetyEvents.CALL_ANSWERED -> new PressureCall(PressureCall.State.ANSWERED);
                case SafetyEvents.CALL_ENDED -> new PressureCall(PressureCall.State.ENDED);
                default -> call;
            };
        }
        return Optional.ofNullable(call);
    }

    void answer(Phone phone, Sandbox sandbox) {
        if (state(phone) == PressureCall.State.RINGING) {
            events.record(phone.sandbox(), SafetyEvents.CALL_ANSWERED, phone.holder().id(), Map.of());
            requestArrives(sandbox);
        }
    }

    void end(Phone phone, Sandbox sandbox) {
        PressureCall.State state = state(phone);
        if (state == PressureCall.State.RINGING || state == PressureCall.State.ANSWERED) {
            events.record(phone.sandbox(), SafetyEvents.CALL_ENDED, phone.holder().id(),
                    Map.of("how", state == PressureCall.State.RINGING ? "declined" : "hung-up"));
            requestArrives(sandbox);
        }
    }

    private PressureCall.State state(Phone phone) {
        return current(phone).map(PressureCall::state).orElse(PressureCall.State.ENDED);
    }

    /** Once per call: the fraudster, who has the user-ID, starts a login. */
    private void requestArrives(Sandbox sandbox) {
        boolean sinceCall = false;
        for (SandboxEvent event : events.list(sandbox.id())) {
            if (event.type().equals(SafetyEvents.CALL_INCOMING)) {
                sinceCall = false;
            } else if (event.type().equals(LoginEvents.SUSPICIOUS_REQUEST)) {
                sinceCall = true;
            }
        }
        if (!sinceCall) {
            mitId.sendSuspiciousRequest(sandbox);
        }
    }
}
