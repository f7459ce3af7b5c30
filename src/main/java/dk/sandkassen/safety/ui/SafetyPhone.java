package dk.sandkassen.safety.ui;

import dk.sandkassen.login.Phone;
import dk.sandkassen.post.PostSettings;
import dk.sandkassen.safety.PressureCall;
import dk.sandkassen.safety.SafetyEvents;
import dk.sandkassen.safety.SafetyService;
import java.util.Optional;
import java.util.Set;

/**
 * What this feature puts on the on-screen phone: a call that is ringing or on, and the apps
 * for text messages and e-mail (with Digital Post's notifications beside the other messages).
 */
@org.springframework.stereotype.Component
public class SafetyPhone {

    /** The events after which the phone opens by itself: something arrived on it. */
    public static final Set<String> ARRIVALS = Set.of(SafetyEvents.RECEIVED, SafetyEvents.CALL_INCOMING);

    private final SafetyService safety;
    private final PostSettings post;

    SafetyPhone(SafetyService safety, PostSettings post) {
        this.safety = safety;
        this.post = post;
    }

    /** The call, while it rings or is on. */
    public Optional<com.vaadin.flow.component.Component> call(Phone phone) {
        return safety.call(phone).filter(call -> call.state() != PressureCall.State.ENDED)
                .map(call -> new CallPanel(safety, phone, call));
    }

    public com.vaadin.flow.component.Component apps(Phone phone) {
        return new PhoneApps(safety, phone, post.notifications(phone));
    }
}
