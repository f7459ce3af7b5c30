package dk.sandkassen.selfservice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import dk.sandkassen.identity.Address;
import dk.sandkassen.identity.Person;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.CurrentLogin;
import dk.sandkassen.sandbox.CurrentSandbox;
import dk.sandkassen.selfservice.ForPerson;
import dk.sandkassen.selfservice.MoveService;
import dk.sandkassen.selfservice.Outcome;
import dk.sandkassen.selfservice.Solution;
import dk.sandkassen.shared.ui.Card;
import dk.sandkassen.shared.ui.DatePickers;
import dk.sandkassen.shared.ui.FactList;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * "Anmeld flytning": find the new address, the day, who moves along; check and report. The
 * address changes at once everywhere in the sandbox, so this page reads the sandbox again.
 */
@Route("selvbetjening/flytning/:person?")
class MoveView extends SolutionPage {

    /** The move as "Næste" showed it for checking: exactly this is reported. */
    private record Planned(@Nullable Address to, @Nullable LocalDate date, Set<Person> with) {
    }

    private final MoveService moves;
    private final CurrentSandbox currentSandbox;

    MoveView(CurrentLogin currentLogin, MoveService moves, CurrentSandbox currentSandbox) {
        super(currentLogin, Solution.MOVE);
        this.moves = moves;
        this.currentSandbox = currentSandbox;
    }

    @Override
    void open(ForPerson who) {
        moves.open(who);
    }

    @Override
    void build(ForPerson who) {
        Person person = who.acting().sandbox().household().person(who.person()).orElseThrow();
        Steps steps = new Steps(getTranslation("selfservice.move.step.where"), getTranslation("selfservice.move.step.check"),
                getTranslation("selfservice.step.receipt"));
        FactList now = new FactList().fact(getTranslation("selfservice.move.current"), person.address().toString());
        now.setId("move-current");

        ComboBox<Address> address = new ComboBox<>(getTranslation("selfservice.move.address"));
        address.setItems(moves.addresses(who));
        address.setItemLabelGenerator(Address::toString);
        address.setHelperText(getTranslation("selfservice.move.address-help"));
        address.setId("move-address");
        DatePicker date = DatePickers.of(getTranslation("selfservice.move.date"), getLocale(), getTranslation("common.today"),
                getTranslation("common.cancel"));
        date.setHelperText(getTranslation("selfservice.move.date-help", MoveService.DAYS_BEFORE / 7, MoveService.DAYS_AFTER));
        date.setId("move-date");
        CheckboxGroup<Person> with = new CheckboxGroup<>(getTranslation("selfservice.move.with"));
        List<Person> household = moves.household(who);
        with.setItems(household);
        with.setItemLabelGenerator(p -> p.fullName() + " (" + getTranslation("role." + p.role().id()) + ")");
        with.setId("move-with");
        with.setVisible(!household.isEmpty());
        Paragraph alone = new Paragraph(getTranslation("selfservice.move.alone"));
        alone.setVisible(household.isEmpty());

        FactList summary = new FactList();
        Card check = new Card(getTranslation("selfservice.move.step.check"), summary);
        check.setId("move-check");
        check.setVisible(false);
        Planned[] planned = new Planned[1];
        Button next = new Button(getTranslation("selfservice.next"), e -> {
            notice.clear();
            summary.removeAll();
            Planned move = new Planned(address.getValue(), date.getValue(), Set.copyOf(with.getValue()));
            planned[0] = move;
            summary.fact(getTranslation("selfservice.move.address"), move.to() == null ? "–" : move.to().toString())
                    .fact(getTranslation("selfservice.move.date"), move.date() == null ? "–"
                            : move.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())))
                    .fact(getTranslation("selfservice.move.who"), movers(person, move.with()));
            check.setVisible(true);
            steps.show(1);
        });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setId("move-next");
        Card form = new Card(getTranslation("selfservice.move.step.where"), now, address, date, with, alone, next);
        form.setId("move-form");
        form.addClassName("sk-form-card");
        Div cards = new Div(form, check);
        cards.addClassName("sk-cards");

        Runnable unplan = () -> {
            planned[0] = null;
            check.setVisible(false);
            steps.show(0);
        };
        // A change after "Næste" makes the check out of date: back to the form, to check again.
        address.addValueChangeListener(e -> {
            if (planned[0] != null) {
                unplan.run();
            }
        });
        date.addValueChangeListener(e -> {
            if (planned[0] != null) {
                unplan.run();
            }
        });
        with.addValueChangeListener(e -> {
            if (planned[0] != null) {
                unplan.run();
            }
        });
        Button back = new Button(getTranslation("selfservice.back-step"), e -> unplan.run());
        back.setId("move-back");
        Button report = new Button(getTranslation("selfservice.move.report"), e -> act(() -> {
            Planned move = planned[0];
            if (move == null) {
                return;
            }
            Set<Role> along = move.with().stream().map(Person::role).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
            Outcome outcome = moves.report(who, move.to(), move.date(), along);
            outcome.problemIfAny().ifPresent(key -> {
                // Back to the form, with everything as typed, and the message above it.
                unplan.run();
                problemInFocus(key);
            });
            outcome.receiptIfDone().ifPresent(receipt -> {
                notice.clear();
                currentSandbox.refresh();
                cards.removeAll();
                FactList what = new FactList().fact(getTranslation("selfservice.move.new-address"), String.valueOf(move.to()))
                        .fact(getTranslation("selfservice.move.who"), movers(person, move.with()));
                Anchor home = new Anchor(".", getTranslation("selfservice.move.see-home"));
                home.getElement().setAttribute("router-link", true);
                home.setId("move-see-home");
                ReceiptCard card = new ReceiptCard(receipt, person.fullName(), what);
                if (who.isOwn()) {
                    card.add(new Paragraph(home));
                }
                cards.add(card);
                steps.show(2);
            });
        }));
        report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        report.setId("move-report");
        Div actions = new Div(back, report);
        actions.addClassName("sk-actions");
        check.add(new Paragraph(getTranslation("selfservice.move.check-lead")), actions);
        add(new Paragraph(getTranslation("selfservice.move.lead")), steps, cards);
    }

    private String movers(Person person, Set<Person> along) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(person), along.stream())
                .map(Person::fullName).collect(Collectors.joining(", "));
    }
}
