package dk.sandkassen.safety.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.sandkassen.login.CurrentLogin;
import dk.sandkassen.login.Phone;
import dk.sandkassen.safety.Judgement;
import dk.sandkassen.safety.Message;
import dk.sandkassen.safety.MessageId;
import dk.sandkassen.safety.Part;
import dk.sandkassen.safety.RedFlag;
import dk.sandkassen.safety.SafetyService;
import dk.sandkassen.shared.ui.Card;
import java.util.List;
import java.util.Optional;

/**
 * After the look-alike page, calmly: "Du blev narret — sådan kunne du have set det" (or "Godt
 * set" for a learner who closed it in time), the message again with its red flags marked,
 * why each one gives the fake away, and what to do if it happened for real.
 */
@Route(SafetyNavigation.BROWSER + "/:id/forklaring")
class ExplanationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SafetyService safety;
    private final CurrentLogin login;
    private String title = "";

    ExplanationView(SafetyService safety, CurrentLogin login) {
        this.safety = safety;
        this.login = login;
        addClassNames("sk-page", "sk-explanation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Phone phone = login.phone();
        Optional<MessageId> id = event.getRouteParameters().get("id").flatMap(MessageId::parse);
        Optional<Message> message = id.flatMap(m -> safety.message(phone, m, getLocale())).filter(Message::fake);
        if (message.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(message.get(), safety.outcome(phone, id.get()));
    }

    private void show(Message message, SafetyService.Outcome outcome) {
        removeAll();
        String kind = switch (outcome) {
            case SENT -> "tricked";
            case LEFT -> "avoided";
            case NONE -> "signs";
        };
        title = getTranslation("fraud.explain." + kind + ".title");
        H1 heading = new H1(title);
        heading.setId("explanation-title");
        Paragraph lead = new Paragraph(getTranslation("fraud.explain." + kind + ".lead"));
        lead.addClassName("sk-lead");
        add(heading, lead);
        // Coming from the look-alike page's button, far down on a phone: the explanation starts at the top.
        getElement().executeJs("window.scrollTo(0, 0)");

        message.link().ifPresent(link -> add(new Paragraph(getTranslation("fraud.explain.address", link))));
        List<Judgement.Flag> flags = message.template().flags().stream()
                .map(flag -> new Judgement.Flag(flag.kind(), message.flagText(flag), false)).toList();
        Card shown = new Card(getTranslation("fraud.explain.message"), marked(message));
        shown.setId("explanation-message");
        Card why = new Card(getTranslation("fraud.explain.flags"), new FlagList(flags, false));
        why.setId("explanation-flags");
        UnorderedList steps = new UnorderedList();
        for (String step : List.of("block", "support", "cyberhotline", "bank")) {
            steps.add(new ListItem(getTranslation("fraud.explain.step." + step)));
        }
        Anchor practise = new Anchor(SafetyNavigation.AFTER_MISTAKE, getTranslation("fraud.explain.practise"));
        practise.setId("explanation-after-mistake");
        practise.addClassName("sk-button-link");
        Card real = new Card(getTranslation("fraud.explain.for-real"), steps, new Paragraph(practise));
        Div cards = new Div(shown, why, real);
        cards.addClassName("sk-cards");
        add(cards);
    }

    /** The message with every red flag's words in a {@code <mark>}. */
    private Div marked(Message message) {
        Div text = new Div();
        text.addClassName("sk-message-marked");
        for (Part part : message.parts()) {
            Paragraph line = new Paragraph();
            if (part.kind() == Part.Kind.SENDER) {
                line.add(new Span(getTranslation("fraud.message.from") + " "));
            }
            String rest = part.text();
            for (RedFlag flag : message.template().flags()) {
                String words = message.flagText(flag);
                int at = rest.indexOf(words);
                if (at >= 0) {
                    line.getElement().appendChild(Element.createText(rest.substring(0, at)),
                            new Element("mark").setText(words));
                    rest = rest.substring(at + words.length());
                }
            }
            line.getElement().appendChild(Element.createText(rest));
            text.add(line);
        }
        return text;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
