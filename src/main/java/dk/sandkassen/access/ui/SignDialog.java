package dk.sandkassen.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import dk.sandkassen.shared.ui.FactList;
import dk.sandkassen.shared.ui.PhoneFrame;
import dk.sandkassen.shared.ui.SwipeToApprove;

/**
 * "Underskriv med MitID": a fuldmagt is signed by approving in the MitID app, which shows
 * what is signed and where.
 */
class SignDialog extends Dialog {

    /**
     * @param what   what is signed: "Fuldmagt til …"
     * @param areas  the areas it covers, as the learner reads them
     * @param period until when it holds
     */
    SignDialog(String what, String areas, String period, Runnable signed) {
        setHeaderTitle(getTranslation("fuldmagt.sign.title"));
        addClassName("sk-dialog");
        Paragraph app = new Paragraph(getTranslation("app.mitid-name"));
        app.addClassName("sk-app-title");
        SwipeToApprove swipe = new SwipeToApprove(getTranslation("app.swipe"), getTranslation("app.swipe-hint"));
        swipe.addApprovedListener(e -> {
            close();
            signed.run();
        });
        FactList details = new FactList()
                .fact(getTranslation("app.what"), what)
                .fact(getTranslation("fuldmagt.sign.areas"), areas)
                .fact(getTranslation("fuldmagt.sign.period"), period)
                .fact(getTranslation("app.where"), getTranslation("fuldmagt.sign.where"));
        details.addClassName("sk-request");
        add(new Paragraph(getTranslation("fuldmagt.sign.lead")),
                new PhoneFrame(getTranslation("phone.label"), app, details, swipe));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()));
    }
}
