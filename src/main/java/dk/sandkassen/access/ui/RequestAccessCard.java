package dk.sandkassen.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import dk.sandkassen.access.Grant;
import dk.sandkassen.access.ReadAccessService;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Actor;
import dk.sandkassen.login.ui.RealCprGuard;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.shared.ui.Card;
import dk.sandkassen.shared.ui.DatePickers;
import java.time.LocalDate;

/** "Anmod om adgang": the helper names the owner (name and CPR), an end date and the rights. */
class RequestAccessCard extends Card {

    RequestAccessCard(AccessView view, Actor me) {
        super(view.getTranslation("access.request.title"));
        Sandbox sandbox = me.sandbox();
        setId("request-access");
        TextField firstName = new TextField(getTranslation("access.first-name"));
        firstName.setMaxLength(120);
        firstName.setId("request-first-name");
        TextField lastName = new TextField(getTranslation("access.last-name"));
        lastName.setMaxLength(120);
        lastName.setId("request-last-name");
        TextField cpr = new TextField(getTranslation("access.cpr"));
        cpr.setMaxLength(20);
        cpr.setId("request-cpr");
        cpr.setHelperText(getTranslation("access.cpr-help"));
        DatePicker until = DatePickers.of(getTranslation("access.expires"), getLocale(), getTranslation("common.today"),
                getTranslation("common.cancel"));
        until.setId("request-expires");
        until.setMin(LocalDate.now());
        until.setValue(LocalDate.now().plusYears(1));
        RadioButtonGroup<Grant.Rights> rights = new RadioButtonGroup<>(getTranslation("access.rights"));
        rights.setItems(Grant.Rights.READ, Grant.Rights.READ_WRITE);
        rights.setItemLabelGenerator(r -> getTranslation("access.rights." + r.id()));
        rights.setValue(Grant.Rights.READ);
        rights.addThemeName("vertical");
        rights.setId("request-rights");
        Button send = new Button(getTranslation("access.request.send"), e -> {
            if (RealCprGuard.discardIfReal(cpr, view.notice(), sandbox, view.events())) {
                return;
            }
            ReadAccessService.Result result = view.readAccess().request(me,
                    firstName.getValue() + " " + lastName.getValue(), cpr.getValue(), until.getValue(), rights.getValue());
            result.problem().ifPresentOrElse(view::problem, () -> {
                view.done("access.request.sent", firstName.getValue().strip() + " " + lastName.getValue().strip());
                // Empty again for the next request, as a fresh card would be (the card itself is not drawn again).
                firstName.clear();
                lastName.clear();
                cpr.clear();
                until.setValue(LocalDate.now().plusYears(1));
                rights.setValue(Grant.Rights.READ);
            });
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("request-send");
        add(new Paragraph(getTranslation("access.request.lead")), firstName, lastName, cpr, until, rights, send);
        addClassName("sk-form-card");
    }
}
