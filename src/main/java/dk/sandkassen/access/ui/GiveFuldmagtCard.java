package dk.sandkassen.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import dk.sandkassen.access.FuldmagtService;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Actor;
import dk.sandkassen.login.ui.RealCprGuard;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.shared.ui.Card;
import dk.sandkassen.shared.ui.DatePickers;
import java.time.LocalDate;

/** "Giv fuldmagt": to whom (name and CPR), for which areas, until when; signed with MitID. */
class GiveFuldmagtCard extends Card {

    GiveFuldmagtCard(FuldmagtView view, Actor me) {
        super(view.getTranslation("fuldmagt.give.title"));
        Sandbox sandbox = me.sandbox();
        setId("give-fuldmagt");
        addClassName("sk-form-card");
        TextField name = new TextField(getTranslation("access.full-name"));
        name.setMaxLength(120);
        name.setId("give-name");
        TextField cpr = new TextField(getTranslation("access.cpr"));
        cpr.setMaxLength(20);
        cpr.setId("give-cpr");
        AreaChoice areas = new AreaChoice(getTranslation("fuldmagt.areas"));
        areas.setId("give-areas");
        DatePicker until = DatePickers.of(getTranslation("fuldmagt.until"), getLocale(), getTranslation("common.today"),
                getTranslation("common.cancel"));
        until.setMin(LocalDate.now());
        until.setHelperText(getTranslation("fuldmagt.until-help"));
        until.setId("give-until");
        Button sign = new Button(getTranslation("fuldmagt.give.sign"), e -> {
            if (RealCprGuard.discardIfReal(cpr, view.notice(), sandbox, view.events())) {
                return;
            }
            if (areas.chosen().isEmpty()) {
                view.problem("fuldmagt.choose-area");
                return;
            }
            String chosenAreas = areas.chosen().stream().sorted().map(area -> getTranslation("area." + area.id()))
                    .collect(java.util.stream.Collectors.joining(", "));
            String period = until.getValue() == null ? getTranslation("fuldmagt.until-revoked")
                    : getTranslation("access.until", until.getValue().format(java.time.format.DateTimeFormatter
                    .ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(getLocale())));
            new SignDialog(getTranslation("fuldmagt.sign.what", name.getValue().strip()), chosenAreas, period, () -> {
                FuldmagtService.Result result = view.fuldmagter().give(me, name.getValue(), cpr.getValue(),
                        areas.chosen(), until.getValue());
                result.problem().ifPresentOrElse(view::problem, () -> view.done("fuldmagt.given", name.getValue().strip()));
            }).open();
        });
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sign.setId("give-sign");
        add(new Paragraph(getTranslation("fuldmagt.give.lead")), name, cpr, areas, until, sign);
    }
}
