package dk.sandkassen.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.sandkassen.login.CurrentLogin;
import dk.sandkassen.safety.AfterMistake;
import dk.sandkassen.safety.SafetyService;
import dk.sandkassen.shared.ui.Card;
import dk.sandkassen.shared.ui.Notice;

/**
 * "Hvis uheldet er ude": what to do after clicking, typing or approving by mistake — block
 * MitID, call MitID support, the Cyberhotline, the bank — practised here, where nothing is
 * really blocked and nobody is really called.
 */
@Route(SafetyNavigation.AFTER_MISTAKE)
class AfterMistakeView extends Div implements HasDynamicTitle {

    AfterMistakeView(SafetyService safety, CurrentLogin login) {
        addClassNames("sk-page", "sk-after-mistake");
        Paragraph lead = new Paragraph(getTranslation("fraud.after.lead"));
        lead.addClassName("sk-lead");
        Div cards = new Div();
        cards.addClassName("sk-cards");
        for (AfterMistake action : AfterMistake.values()) {
            Notice done = new Notice();
            Button button = new Button(getTranslation("fraud.after." + action.id() + ".button"), e -> {
                safety.afterMistake(login.phone(), action);
                done.show(Notice.Kind.SUCCESS, getTranslation("fraud.after." + action.id() + ".done"));
            });
            button.setId("after-" + action.id());
            Card card = new Card(getTranslation("fraud.after." + action.id() + ".title"),
                    new Paragraph(getTranslation("fraud.after." + action.id() + ".text")), button, done);
            cards.add(card);
        }
        add(new H1(getTranslation("fraud.after.title")), lead, cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fraud.after.title");
    }
}
