package dk.sandkassen.post.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dk.sandkassen.post.CurrentMailbox;
import dk.sandkassen.post.Exemption;
import dk.sandkassen.post.Mailbox;
import dk.sandkassen.post.PostAccessDenied;
import dk.sandkassen.sandbox.CurrentSandbox;
import dk.sandkassen.shared.ui.Card;
import dk.sandkassen.shared.ui.FactList;
import dk.sandkassen.shared.ui.Notice;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fritagelse: who can be exempted from Digital Post and how it really works (in person at
 * Borgerservice), and a practice application that the fictitious kommune answers by letter.
 */
@Route(PostNavigation.EXEMPTION)
class ExemptionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final List<String> CRITERIA = List.of("impairment", "no-computer", "emigrated", "homeless",
            "language", "no-mitid");

    private final CurrentMailbox currentMailbox;
    private final CurrentSandbox currentSandbox;
    private final Exemption exemption;
    private final Notice notice = new Notice();
    private final FactList applicant = new FactList();
    private final Card form;
    private final Notice onlyOwner = new Notice();
    private Mailbox box;

    ExemptionView(CurrentMailbox currentMailbox, CurrentSandbox currentSandbox, Exemption exemption) {
        this.currentMailbox = currentMailbox;
        this.currentSandbox = currentSandbox;
        this.exemption = exemption;
        addClassNames("sk-page", "sk-exemption");

        UnorderedList criteria = new UnorderedList();
        CRITERIA.forEach(c -> criteria.add(new ListItem(getTranslation("exemption.criterion." + c))));
        Card info = new Card(getTranslation("exemption.info-title"), new Paragraph(getTranslation("exemption.info-lead")),
                criteria, new Paragraph(getTranslation("exemption.how")), new Paragraph(getTranslation("exemption.duration")),
                new Paragraph(getTranslation("exemption.not-covered")));

        CheckboxGroup<String> reasons = new CheckboxGroup<>(getTranslation("exemption.reasons"));
        reasons.setItems(CRITERIA);
        reasons.setItemLabelGenerator(c -> getTranslation("exemption.criterion." + c));
        reasons.setHelperText(getTranslation("exemption.reasons-help"));
        reasons.setId("exemption-reasons");
        Checkbox declaration = new Checkbox(getTranslation("exemption.declaration"));
        declaration.setId("exemption-declaration");
        Button handIn = new Button(getTranslation("exemption.hand-in"), e -> {
            if (!declaration.getValue()) {
                notice.show(Notice.Kind.ERROR, getTranslation("exemption.declaration-missing"));
                declaration.focus();
                return;
            }
            try {
                exemption.apply(box, reasons.getValue(), true);
                notice.show(Notice.Kind.SUCCESS, getTranslation("exemption.handed-in"));
                e.getSource().setEnabled(false);
            } catch (PostAccessDenied denied) {
                notice.show(Notice.Kind.ERROR, getTranslation(denied.messageKey()));
            }
        });
        handIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        handIn.setId("exemption-hand-in");
        form = new Card(getTranslation("exemption.form-title"), new Paragraph(getTranslation("exemption.form-lead")),
                notice, applicant, reasons, declaration, handIn);
        Div cards = new Div(info, form);
        cards.addClassName("sk-cards");
        add(new H1(getTranslation("exemption.title")), onlyOwner, cards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Mailbox> mailbox = currentMailbox.get();
        if (mailbox.isEmpty()) {
            event.forwardTo("log-ind", QueryParameters.simple(Map.of("til", "post")));
            return;
        }
        box = mailbox.get();
        // Only the owner hands in their own application (at the real Borgerservice, in person).
        form.setVisible(box.isOwn());
        if (box.isOwn()) {
            onlyOwner.clear();
        } else {
            onlyOwner.show(Notice.Kind.INFO, getTranslation("exemption.only-owner"));
        }
        var person = currentSandbox.get().household().person(box.owner()).orElseThrow();
        applicant.removeAll();
        applicant.fact(getTranslation("exemption.name"), person.fullName())
                .fact(getTranslation("person.cpr"), person.cpr().formatted())
                .fact(getTranslation("person.address"), person.address().toString());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exemption.page-title");
    }
}
