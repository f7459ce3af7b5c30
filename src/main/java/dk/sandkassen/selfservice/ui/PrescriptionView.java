package dk.sandkassen.selfservice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import dk.sandkassen.login.CurrentLogin;
import dk.sandkassen.selfservice.Appointment;
import dk.sandkassen.selfservice.ForPerson;
import dk.sandkassen.selfservice.Outcome;
import dk.sandkassen.selfservice.Prescription;
import dk.sandkassen.selfservice.PrescriptionService;
import dk.sandkassen.selfservice.Solution;
import dk.sandkassen.shared.ui.Card;
import dk.sandkassen.shared.ui.FactList;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * "Medicinkort og recepter" (sundhed.dk, Demo): the prescriptions, renewing one that runs out
 * (with a note to the doctor if wanted), and the next appointment.
 */
@Route("selvbetjening/medicin/:person?")
class PrescriptionView extends SolutionPage {

    private final PrescriptionService prescriptions;
    private final Clock clock;

    PrescriptionView(CurrentLogin currentLogin, PrescriptionService prescriptions, Clock clock) {
        super(currentLogin, Solution.PRESCRIPTIONS);
        this.prescriptions = prescriptions;
        this.clock = clock;
    }

    @Override
    void open(ForPerson who) {
        prescriptions.open(who);
    }

    @Override
    void build(ForPerson who) {
        Steps steps = new Steps(getTranslation("selfservice.prescription.step.see"),
                getTranslation("selfservice.prescription.step.renew"), getTranslation("selfservice.step.receipt"));
        TextArea note = new TextArea(getTranslation("selfservice.prescription.note"));
        note.setHelperText(getTranslation("selfservice.prescription.note-help", PrescriptionService.MAX_NOTE));
        // A little more than the service takes, so an over-long note reaches it and is answered kindly.
        note.setMaxLength(PrescriptionService.MAX_NOTE + 50);
        note.setId("prescription-note");
        FactList chosenFacts = new FactList();
        Card renew = new Card(getTranslation("selfservice.prescription.step.renew"), chosenFacts, note);
        renew.setId("prescription-renew");
        renew.setVisible(false);
        Div cards = new Div();
        cards.addClassName("sk-cards");
        Prescription[] chosen = new Prescription[1];

        UnorderedList list = new UnorderedList();
        list.addClassName("sk-prescriptions");
        // The server's day, as the service judges "runs out soon" by it (a test or a lesson may set the clock).
        LocalDate today = LocalDate.now(clock);
        for (Prescription p : prescriptions.prescriptions(who)) {
            Button ask = new Button(getTranslation("selfservice.prescription.renew"), e -> {
                chosen[0] = p;
                notice.clear();
                chosenFacts.removeAll();
                chosenFacts.fact(getTranslation("selfservice.prescription.medicine"), p.medicine());
                renew.setVisible(true);
                steps.show(1);
                note.focus();
            });
            ask.getElement().setAttribute("aria-label", getTranslation("selfservice.prescription.renew-named", p.medicine()));
            ask.setEnabled(p.renewable(today));
            ask.setId("renew-" + p.id().value());
            FactList facts = new FactList()
                    .fact(getTranslation("selfservice.prescription.dose"), getTranslation("selfservice.dose." + p.doseKey()))
                    .fact(getTranslation("selfservice.prescription.purpose"), getTranslation("selfservice.purpose." + p.purposeKey()))
                    .fact(getTranslation("selfservice.prescription.until"), date(p.validUntil()))
                    .fact(getTranslation("selfservice.prescription.left"), String.valueOf(p.left()));
            Paragraph state = new Paragraph(getTranslation(p.renewed() ? "selfservice.prescription.renewed"
                    : p.renewable(today) ? "selfservice.prescription.can-renew" : "selfservice.prescription.later"));
            state.addClassName("sk-note");
            ListItem item = new ListItem(new H3(p.medicine()), facts, state, ask);
            item.addClassName("sk-prescription");
            list.add(item);
        }
        Card card = new Card(getTranslation("selfservice.prescription.card"), list);
        card.setId("prescription-card");

        Appointment next = prescriptions.appointment(who);
        Card appointment = new Card(getTranslation("selfservice.prescription.appointments"), new FactList()
                .fact(getTranslation("selfservice.prescription.when"), next.at()
                        .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(getLocale())))
                .fact(getTranslation("selfservice.prescription.where"), next.place())
                .fact(getTranslation("selfservice.prescription.what"), getTranslation("selfservice.purpose." + next.purposeKey())));
        appointment.setId("prescription-appointment");

        Button send = new Button(getTranslation("selfservice.prescription.send"), e -> act(() -> {
            Outcome outcome = prescriptions.renew(who, chosen[0].id(), note.getValue());
            outcome.problemIfAny().ifPresent(key -> {
                problem(key);
                note.focus();
            });
            outcome.receiptIfDone().ifPresent(receipt -> {
                notice.clear();
                cards.removeAll();
                FactList what = new FactList().fact(getTranslation("selfservice.prescription.medicine"), chosen[0].medicine());
                cards.add(new ReceiptCard(receipt, who.acting().sandbox().household().person(who.person()).orElseThrow()
                        .fullName(), what), appointment);
                steps.show(2);
            });
        }));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("prescription-send");
        Button back = new Button(getTranslation("selfservice.back-step"), e -> {
            renew.setVisible(false);
            steps.show(0);
        });
        Div actions = new Div(back, send);
        actions.addClassName("sk-actions");
        renew.add(actions);
        cards.add(card, renew, appointment);
        add(new Paragraph(getTranslation("selfservice.prescription.lead")), steps, cards);
    }

    private String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()));
    }
}
