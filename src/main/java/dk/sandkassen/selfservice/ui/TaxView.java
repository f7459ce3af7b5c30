package dk.sandkassen.selfservice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import dk.sandkassen.login.CurrentLogin;
import dk.sandkassen.selfservice.ForPerson;
import dk.sandkassen.selfservice.Outcome;
import dk.sandkassen.selfservice.Solution;
import dk.sandkassen.selfservice.TaxAssessment;
import dk.sandkassen.selfservice.TaxAssessment.Figure;
import dk.sandkassen.selfservice.TaxService;
import dk.sandkassen.shared.ui.Card;
import dk.sandkassen.shared.ui.FactList;
import java.text.NumberFormat;

/**
 * "Forskudsopgørelse" (TastSelv, Demo): this year's figures and tax card; correct one figure,
 * approve, and see the new tax card beside the receipt.
 */
@Route("selvbetjening/forskud/:person?")
class TaxView extends SolutionPage {

    private final TaxService tax;

    TaxView(CurrentLogin currentLogin, TaxService tax) {
        super(currentLogin, Solution.TAX);
        this.tax = tax;
    }

    @Override
    void open(ForPerson who) {
        tax.open(who);
    }

    @Override
    void build(ForPerson who) {
        TaxAssessment now = tax.assessment(who);
        Steps steps = new Steps(getTranslation("selfservice.tax.step.see"), getTranslation("selfservice.tax.step.change"),
                getTranslation("selfservice.step.receipt"));
        Card assessment = new Card(getTranslation("selfservice.tax.assessment", String.valueOf(now.year())), figures(now));
        assessment.setId("tax-assessment");
        Card card = new Card(getTranslation("selfservice.tax.card"), taxCard(now));
        card.setId("tax-card");

        RadioButtonGroup<Figure> figure = new RadioButtonGroup<>(getTranslation("selfservice.tax.which"));
        figure.setItems(Figure.values());
        figure.setItemLabelGenerator(f -> getTranslation("selfservice.tax.figure." + f.id()));
        figure.setValue(Figure.INCOME);
        figure.addThemeName("vertical");
        figure.setId("tax-figure");
        TextField amount = new TextField(getTranslation("selfservice.tax.amount"));
        amount.setHelperText(getTranslation("selfservice.tax.amount-help"));
        amount.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("selfservice.tax.kr")));
        // One more than the service accepts, so that an over-long amount reaches it and is answered.
        amount.setMaxLength(21);
        amount.setId("tax-amount");
        amount.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_CHANGE);
        Div cards = new Div(assessment, card);
        cards.addClassName("sk-cards");
        Button save = new Button(getTranslation("selfservice.tax.save"), e -> act(() -> {
            Outcome outcome = tax.change(who, figure.getValue(), amount.getValue());
            outcome.problemIfAny().ifPresent(key -> {
                problem(key);
                amount.setInvalid(true);
                amount.setErrorMessage(getTranslation(key));
                amount.focus();
            });
            outcome.receiptIfDone().ifPresent(receipt -> {
                notice.clear();
                amount.setInvalid(false);
                TaxAssessment after = tax.assessment(who);
                cards.removeAll();
                FactList what = new FactList().fact(getTranslation("selfservice.tax.figure." + figure.getValue().id()),
                        kroner(after.figure(figure.getValue())));
                Card newCard = new Card(getTranslation("selfservice.tax.new-card"), taxCard(after));
                newCard.setId("tax-new-card");
                cards.add(new ReceiptCard(receipt, who.acting().sandbox().household().person(who.person()).orElseThrow()
                        .fullName(), what), newCard);
                steps.show(2);
            });
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("tax-save");
        Card change = new Card(getTranslation("selfservice.tax.step.change"),
                new Paragraph(getTranslation("selfservice.tax.change-lead")), figure, amount, save);
        change.setId("tax-change");
        change.addClassName("sk-form-card");
        cards.add(change);
        add(new Paragraph(getTranslation("selfservice.tax.lead")), steps, cards);
    }

    private FactList figures(TaxAssessment a) {
        return new FactList()
                .fact(getTranslation("selfservice.tax.figure.income"), kroner(a.income()))
                .fact(getTranslation("selfservice.tax.am"), kroner(a.amBidrag()))
                .fact(getTranslation("selfservice.tax.figure.transport"), kroner(a.transport()))
                .fact(getTranslation("selfservice.tax.allowance"), kroner(TaxAssessment.PERSONAL_ALLOWANCE));
    }

    private FactList taxCard(TaxAssessment a) {
        return new FactList()
                .fact(getTranslation("selfservice.tax.rate"), a.withholdingRate() + " %")
                .fact(getTranslation("selfservice.tax.monthly"), kroner(a.monthlyDeduction()))
                .fact(getTranslation("selfservice.tax.expected"), kroner(a.expectedTax()));
    }

    private String kroner(long amount) {
        return getTranslation("selfservice.tax.amount-value", NumberFormat.getIntegerInstance(getLocale()).format(amount));
    }
}
