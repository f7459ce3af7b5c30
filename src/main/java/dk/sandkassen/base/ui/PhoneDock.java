package dk.sandkassen.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import dk.sandkassen.login.LoginEvents;
import dk.sandkassen.login.CurrentLogin;
import dk.sandkassen.login.MitIdService;
import dk.sandkassen.post.Notification;
import dk.sandkassen.post.PostEvents;
import dk.sandkassen.post.PostSettings;
import dk.sandkassen.login.ui.SuspiciousRequestPanel;
import dk.sandkassen.safety.ui.SafetyPhone;
import dk.sandkassen.sandbox.CurrentSandbox;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxEvents;
import dk.sandkassen.sandbox.SandboxId;
import dk.sandkassen.shared.ui.PhoneFrame;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The learner's on-screen phone, on every page: a call, approval requests in the MitID app,
 * and the text-message and e-mail apps (Digital Post's notifications and the messages of
 * safety practice). Nothing is ever sent to a real phone. It opens by itself when something arrives.
 */
class PhoneDock extends Div {

    private static final Set<String> ARRIVALS = arrivals();

    private final CurrentSandbox currentSandbox;
    private final SandboxEvents events;
    private final MitIdService mitId;
    private final PostSettings postSettings;
    private final CurrentLogin currentLogin;
    private final SafetyPhone safetyPhone;
    private int notificationsSeen = -1;
    private final Button toggle = new Button();
    private final Div panel = new Div();
    /** Made when the phone first opens: most learners never open it, and every part of a page is held per learner. */
    private @Nullable PhoneFrame phone;
    private Runnable stopListening = () -> { };
    private SandboxId listeningTo;

    PhoneDock(CurrentSandbox currentSandbox, SandboxEvents events, MitIdService mitId, PostSettings postSettings,
              CurrentLogin currentLogin, SafetyPhone safetyPhone) {
        this.safetyPhone = safetyPhone;
        this.currentSandbox = currentSandbox;
        this.events = events;
        this.mitId = mitId;
        this.postSettings = postSettings;
        this.currentLogin = currentLogin;
        addClassName("sk-phone-dock");
        toggle.setText(getTranslation("phone.open"));
        toggle.setId("phone-toggle");
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.getElement().setAttribute("aria-controls", "phone-panel");
        toggle.addClickListener(e -> setOpen(!panel.isVisible()));
        panel.setId("phone-panel");
        panel.getElement().setAttribute("role", "region");
        panel.getElement().setAttribute("aria-label", getTranslation("phone.label"));
        panel.addClassName("sk-phone-panel");
        panel.setVisible(false);
        add(toggle, panel);
    }

    void setOpen(boolean open) {
        if (open) {
            refresh();
        } else if (phone != null) {
            phone.show(); // drawn anew at every opening: a closed phone holds no screens
        }
        panel.setVisible(open);
        toggle.getElement().setAttribute("aria-expanded", Boolean.toString(open));
        toggle.setText(getTranslation(open ? "phone.hide" : "phone.open"));
    }

    private void refresh() {
        Sandbox sandbox = currentSandbox.get();
        List<Notification> notifications = postSettings.notifications(currentLogin.phone());
        notificationsSeen = notifications.size();
        List<Component> screens = new ArrayList<>();
        safetyPhone.call(currentLogin.phone()).ifPresent(screens::add);
        mitId.pendingSuspiciousRequest(sandbox).ifPresent(request -> screens.add(new SuspiciousRequestPanel(sandbox, mitId, request)));
        screens.add(safetyPhone.apps(currentLogin.phone()));
        frame().show(screens.toArray(Component[]::new));
    }

    private PhoneFrame frame() {
        if (phone == null) {
            phone = new PhoneFrame(getTranslation("phone.label"));
            Button close = new Button(getTranslation("common.close"), e -> setOpen(false));
            panel.add(phone, close);
        }
        return phone;
    }

    private static Set<String> arrivals() {
        Set<String> arrivals = new HashSet<>(SafetyPhone.ARRIVALS);
        arrivals.add(LoginEvents.SUSPICIOUS_REQUEST);
        arrivals.add(PostEvents.DELIVERED);
        return Set.copyOf(arrivals);
    }

    /** Opens for a request, or for a letter whose arrival made a notification. */
    private boolean worthOpening(String type) {
        if (!type.equals(PostEvents.DELIVERED)) {
            return true;
        }
        int now = postSettings.notifications(currentLogin.phone()).size();
        return now > Math.max(0, notificationsSeen);
    }

    /** Listens to the current sandbox (it may be new since the last page, after "Start forfra"). */
    void follow() {
        SandboxId current = currentSandbox.peekId().orElse(null);
        if (current == null || current.equals(listeningTo)) {
            return;
        }
        stopListening.run();
        listeningTo = current;
        UI ui = UI.getCurrent();
        stopListening = events.listen(current, arrived -> {
            if (ARRIVALS.contains(arrived.type())) {
                ui.access(() -> {
                    if (worthOpening(arrived.type())) {
                        setOpen(true);
                    }
                });
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopListening.run();
        listeningTo = null;
    }
}
