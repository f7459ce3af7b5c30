package dk.sandkassen.login.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.shared.Registration;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Authenticator;
import dk.sandkassen.login.MitIdRequest;
import dk.sandkassen.login.MitIdService;
import dk.sandkassen.shared.QrCode;
import dk.sandkassen.shared.ui.Notice;
import dk.sandkassen.shared.ui.PhoneFrame;
import dk.sandkassen.shared.ui.SwipeToApprove;
import java.time.Duration;

/**
 * The MitID app: a QR code on the screen; on the phone, the PIN, the scan, and the request
 * that says what and where, approved with a swipe or refused with "Afvis". A request not
 * approved in time expires.
 */
final class MitIdAppFlow {

    private final MitIdSteps steps;
    private final MitIdService mitId;
    private final Role role;
    private final MitIdRequest request;
    private final PhoneFrame phone;
    private final Span countdown = new Span();
    private final Span phoneCountdown = new Span();
    private Registration polling;
    private Registration leaving;
    private UI ui;
    private boolean finished;

    MitIdAppFlow(MitIdSteps steps, MitIdService mitId, Role role) {
        this.steps = steps;
        this.mitId = mitId;
        this.role = role;
        this.request = mitId.loginRequest();
        this.phone = new PhoneFrame(t("phone.label"));
    }

    void start() {
        Image qr = new Image(QrCode.svgDataUri("SANDKASSEN DEMO " + request.id()), t("mitid.qr-alt"));
        qr.addClassName("sk-qr");
        countdown.addClassName("sk-countdown");
        countdown.getElement().setAttribute("aria-live", "off");
        Button other = new Button(t("mitid.other-authenticator"), e -> {
            stop();
            steps.chooseAuthenticator(role);
        });
        other.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        steps.notice().clear();
        steps.frame().step(t("mitid.step-app"), steps.notice(), new Paragraph(t("mitid.app-help")), qr, countdown, other);
        steps.showDevice(phone);
        showPinScreen(null);
        tick();
        ui = UI.getCurrent();
        ui.setPollInterval(1000);
        polling = ui.addPollListener(e -> tick());
        // Leaving the page (another page, another tab's login) ends the polling: the browser
        // would otherwise ask the server every second for as long as the tab stays open.
        leaving = steps.frame().addDetachListener(e -> stop());
    }

    private void showPinScreen(String error) {
        PasswordField pin = new PasswordField(t("app.pin"));
        pin.setId("app-pin");
        pin.setMaxLength(6);
        pin.setAllowedCharPattern("[0-9]");
        Button ok = new Button(t("app.pin-ok"), e -> {
            if (mitId.pinMatches(steps.sandbox(), role, pin.getValue())) {
                showScanScreen();
            } else {
                showPinScreen(t("app.wrong-pin"));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickShortcut(Key.ENTER);
        Div content = appScreen(t("app.pin-title"));
        if (error != null) {
            content.add(Notice.of(Notice.Kind.ERROR, error));
        }
        content.add(pin, ok);
        phone.show(content);
    }

    private void showScanScreen() {
        Button scan = new Button(t("app.scan"), e -> showApproveScreen());
        scan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div content = appScreen(t("app.scan-title"));
        content.add(new Paragraph(t("app.scan-help")), scan);
        phone.show(content);
        scan.focus();
    }

    private void showApproveScreen() {
        Div content = appScreen(t("app.approve-title"));
        content.add(new RequestDetails(request), phoneCountdown, approval());
        phone.show(content);
    }

    private Div approval() {
        SwipeToApprove swipe = new SwipeToApprove(t("app.swipe"), t("app.swipe-hint"));
        swipe.addApprovedListener(e -> {
            stop();
            steps.complete(role, Authenticator.MITID_APP);
        });
        Button reject = new Button(t("app.reject"), e -> {
            stop();
            mitId.loginNotApproved(steps.sandbox(), role, false);
            steps.startOver(t("mitid.rejected"));
        });
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div approval = new Div(swipe, reject);
        approval.addClassName("sk-app-actions");
        return approval;
    }

    private void tick() {
        if (finished) {
            return;
        }
        Duration left = Duration.between(mitId.now(), request.expiresAt());
        if (left.isNegative() || left.isZero()) {
            stop();
            mitId.loginNotApproved(steps.sandbox(), role, true);
            steps.startOver(t("mitid.expired"));
            return;
        }
        String text = t("mitid.expires-in", "%d:%02d".formatted(left.toMinutes(), left.toSecondsPart()));
        countdown.setText(text);
        phoneCountdown.setText(text);
    }

    private void stop() {
        finished = true;
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        if (leaving != null) {
            leaving.remove();
            leaving = null;
        }
        if (ui != null) {
            ui.setPollInterval(-1);
        }
    }

    private Div appScreen(String title) {
        Paragraph app = new Paragraph(t("app.mitid-name"));
        app.addClassName("sk-app-title");
        Paragraph heading = new Paragraph(title);
        heading.addClassName("sk-app-heading");
        Div screen = new Div(app, heading);
        screen.addClassName("sk-app-screen");
        return screen;
    }

    private String t(String key, Object... parameters) {
        return steps.frame().getTranslation(key, parameters);
    }
}
