package dk.sandkassen.login.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dk.sandkassen.login.MitIdRequest;
import dk.sandkassen.login.MitIdService;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.shared.ui.Notice;
import dk.sandkassen.shared.ui.SwipeToApprove;

/**
 * A MitID request in the app that the learner did not start. "Afvis" is the right answer;
 * approving it shows what would have happened and how to block MitID.
 */
public class SuspiciousRequestPanel extends Div {

    public SuspiciousRequestPanel(Sandbox sandbox, MitIdService mitId, MitIdRequest request) {
        addClassName("sk-app-screen");
        Paragraph app = new Paragraph(getTranslation("app.mitid-name"));
        app.addClassName("sk-app-title");
        Paragraph heading = new Paragraph(getTranslation("app.approve-title"));
        heading.addClassName("sk-app-heading");
        SwipeToApprove swipe = new SwipeToApprove(getTranslation("app.swipe"), getTranslation("app.swipe-hint"));
        swipe.addApprovedListener(e -> {
            mitId.answerSuspiciousRequest(sandbox, request, true);
            answered(Notice.Kind.ERROR, "safety.approved", "safety.approved-what", "safety.block");
        });
        Button reject = new Button(getTranslation("app.reject"), e -> {
            mitId.answerSuspiciousRequest(sandbox, request, false);
            answered(Notice.Kind.SUCCESS, "safety.rejected", "safety.rejected-why", "safety.block");
        });
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("suspicious-reject");
        Div actions = new Div(swipe, reject);
        actions.addClassName("sk-app-actions");
        add(app, heading, new RequestDetails(request), actions);
    }

    private void answered(Notice.Kind kind, String headline, String explanation, String advice) {
        removeAll();
        add(Notice.of(kind, getTranslation(headline)), new Paragraph(getTranslation(explanation)),
                new Paragraph(getTranslation(advice)));
    }
}
