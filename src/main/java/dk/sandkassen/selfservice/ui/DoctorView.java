package dk.sandkassen.selfservice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Route;
import dk.sandkassen.login.CurrentLogin;
import dk.sandkassen.selfservice.Doctor;
import dk.sandkassen.selfservice.DoctorService;
import dk.sandkassen.selfservice.ForPerson;
import dk.sandkassen.selfservice.Outcome;
import dk.sandkassen.selfservice.Solution;
import dk.sandkassen.shared.ui.Card;
import dk.sandkassen.shared.ui.FactList;

/**
 * "Skift læge": the doctor now, the practices in the kommune (those closed to new patients
 * cannot be chosen), confirm, receipt. The new health card comes by letter.
 */
@Route("selvbetjening/laege/:person?")
class DoctorView extends SolutionPage {

    private final DoctorService doctors;

    DoctorView(CurrentLogin currentLogin, DoctorService doctors) {
        super(currentLogin, Solution.DOCTOR);
        this.doctors = doctors;
    }

    @Override
    void open(ForPerson who) {
        doctors.open(who);
    }

    @Override
    void build(ForPerson who) {
        Steps steps = new Steps(getTranslation("selfservice.doctor.step.now"), getTranslation("selfservice.doctor.step.choose"),
                getTranslation("selfservice.doctor.step.confirm"), getTranslation("selfservice.step.receipt"));
        Card now = new Card(getTranslation("selfservice.doctor.now"), facts(doctors.current(who)));
        now.setId("doctor-now");

        RadioButtonGroup<Doctor> list = new RadioButtonGroup<>(getTranslation("selfservice.doctor.choose"));
        list.setItems(doctors.choices(who));
        list.setRenderer(new ComponentRenderer<>(this::practice));
        list.setItemEnabledProvider(Doctor::open);
        list.setHelperText(getTranslation("selfservice.doctor.choose-help"));
        list.addThemeName("vertical");
        list.setId("doctor-choices");
        FactList chosenFacts = new FactList();
        Card confirm = new Card(getTranslation("selfservice.doctor.confirm"), chosenFacts,
                new Paragraph(getTranslation("selfservice.doctor.fee")));
        confirm.setId("doctor-confirm");
        confirm.setVisible(false);
        // What "Næste" showed is what is handed in: kept here, and a new choice takes the learner back a step.
        Doctor[] confirmed = new Doctor[1];
        Button next = new Button(getTranslation("selfservice.next"), e -> {
            if (list.getValue() == null) {
                problem("selfservice.doctor.choose-first");
                list.setErrorMessage(getTranslation("selfservice.doctor.choose-first"));
                list.setInvalid(true);
                return;
            }
            list.setInvalid(false);
            notice.clear();
            chosenFacts.removeAll();
            confirmed[0] = list.getValue();
            practiceFacts(chosenFacts, confirmed[0]);
            confirm.setVisible(true);
            steps.show(2);
        });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setId("doctor-next");
        Card choose = new Card(getTranslation("selfservice.doctor.step.choose"), list, next);
        choose.setId("doctor-choose");
        Div cards = new Div(now, choose, confirm);
        cards.addClassName("sk-cards");

        Runnable unconfirm = () -> {
            confirmed[0] = null;
            confirm.setVisible(false);
            steps.show(1);
        };
        list.addValueChangeListener(e -> {
            if (confirmed[0] != null) {
                unconfirm.run();
            }
        });
        Button back = new Button(getTranslation("selfservice.back-step"), e -> unconfirm.run());
        back.setId("doctor-back");
        Button change = new Button(getTranslation("selfservice.doctor.change"), e -> act(() -> {
            if (confirmed[0] == null) {
                return;
            }
            Doctor chosen = confirmed[0];
            Outcome outcome = doctors.change(who, chosen.id());
            outcome.problemIfAny().ifPresent(this::problem);
            outcome.receiptIfDone().ifPresent(receipt -> {
                notice.clear();
                cards.removeAll();
                FactList what = new FactList().fact(getTranslation("selfservice.doctor.new"), chosen.clinic());
                cards.add(new ReceiptCard(receipt, who.acting().sandbox().household().person(who.person()).orElseThrow()
                        .fullName(), what), new Card(getTranslation("selfservice.doctor.now"), facts(doctors.current(who))));
                steps.show(3);
            });
        }));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.setId("doctor-change");
        Div actions = new Div(back, change);
        actions.addClassName("sk-actions");
        confirm.add(actions);
        steps.show(1);
        add(new Paragraph(getTranslation("selfservice.doctor.lead")), steps, cards);
    }

    private FactList facts(Doctor doctor) {
        return practiceFacts(new FactList(), doctor);
    }

    private FactList practiceFacts(FactList facts, Doctor doctor) {
        return facts.fact(getTranslation("selfservice.doctor.practice"), doctor.clinic())
                .fact(getTranslation("selfservice.doctor.doctor"), doctor.doctor())
                .fact(getTranslation("selfservice.doctor.address"), doctor.address().toString())
                .fact(getTranslation("selfservice.doctor.number"), doctor.id().value());
    }

    private Div practice(Doctor doctor) {
        Span name = new Span(doctor.clinic());
        name.addClassName("sk-practice-name");
        java.text.NumberFormat km = java.text.NumberFormat.getNumberInstance(getLocale());
        km.setMinimumFractionDigits(1);
        Span who = new Span(getTranslation("selfservice.doctor.line", doctor.doctor(), doctor.address().toString(),
                km.format(doctor.distanceKm())));
        Span status = new Span(getTranslation(doctor.open() ? "selfservice.doctor.open" : "selfservice.doctor.closed-label"));
        status.addClassNames("sk-practice-status", doctor.open() ? "sk-open" : "sk-closed");
        Div line = new Div(name, who, status);
        line.addClassName("sk-practice");
        return line;
    }
}
