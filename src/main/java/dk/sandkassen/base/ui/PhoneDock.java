package dk.sandkassen.base.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dk.sandkassen.login.LoginEvents;
import dk.sandkassen.login.MitIdService;
import dk.sandkassen.login.ui.SuspiciousRequestPanel;
import dk.sandkassen.sandbox.CurrentSandbox;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxEvents;
import dk.sandkassen.sandbox.SandboxId;
import dk.sandkassen.shared.ui.PhoneFrame;
import java.util.Set;

/**
 * The learner's on-screen phone, on every page: approval requests in the MitID app, and
 * (with Digital Post) notifications. Nothing is ever sent to a real phone. It opens by
 * itself when something arrives.
 */
class PhoneDock extends Div {

    private static final Set<String> ARRIVALS = Set.of(LoginEvents.SUSPICIOUS_REQUEST);

    private final CurrentSandbox currentSandbox;
    private final SandboxEvents events;
    private final MitIdService mitId;
    private final Button toggle = new Button();
    private final Div panel = new Div();
    private final PhoneFrame phone;
    private Runnable stopListening = () -> { };
    private SandboxId listeningTo;

    PhoneDock(CurrentSandbox currentSandbox, SandboxEvents events, MitIdService mitId) {
        this.currentSandbox = currentSandbox;
        this.events = events;
        this.mitId = mitId;
        addClassName("sk-phone-dock");
        phone = new PhoneFrame(getTranslation("phone.label"));
        toggle.setText(getTranslation("phone.open"));
        toggle.setId("phone-toggle");
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.getElement().setAttribute("aria-controls", "phone-panel");
        toggle.addClickListener(e -> setOpen(!panel.isVisible()));
        Button close = new Button(getTranslation("common.close"), e -> setOpen(false));
        panel.setId("phone-panel");
        panel.addClassName("sk-phone-panel");
        panel.add(phone, close);
        panel.setVisible(false);
        add(toggle, panel);
    }

    void setOpen(boolean open) {
        if (open) {
            refresh();
        }
        panel.setVisible(open);
        toggle.getElement().setAttribute("aria-expanded", Boolean.toString(open));
        toggle.setText(getTranslation(open ? "phone.hide" : "phone.open"));
    }

    private void refresh() {
        Sandbox sandbox = currentSandbox.get();
        mitId.pendingSuspiciousRequest(sandbox).ifPresentOrElse(
                request -> phone.show(new SuspiciousRequestPanel(sandbox, mitId, request)),
                () -> phone.show(new Paragraph(getTranslation("phone.nothing"))));
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
                ui.access(() -> setOpen(true));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopListening.run();
        listeningTo = null;
    }
}
