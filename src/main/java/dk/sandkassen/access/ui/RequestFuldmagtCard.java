package dk.sandkassen.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import dk.sandkassen.access.FuldmagtService;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Actor;
import dk.sandkassen.login.ui.RealCprGuard;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.shared.ui.Card;
import dk.sandkassen.shared.ui.DatePickers;
import java.time.LocalDate;

/**
 * "Anmod om fuldmagt": the helper asks someone for a fuldmagt. If that person has no MitID,
 * the request goes by post, to be signed by hand and handed in at Borgerservice.
 */
class RequestFuldmagtCard extends Card {

    RequestFuldmagtCard(FuldmagtView view, Actor me) {
        super(view.getTranslation("fuldmagt.request.title"));
        Sandbox sandbox = me.sandbox();
        setId("request-fuldmagt");
        addClassName("sk-form-card");
        TextField name = new TextField(getTranslation("access.full-name"));
        name.setMaxLength(120);
        name.setId("ask-name");
        TextField cpr = new TextField(getTranslation("access.cpr"));
        cpr.setMaxLength(20);
        cpr.setId("ask-cpr");
        AreaChoice areas = new AreaChoice(getTranslation("fuldmagt.areas"));
        areas.setId("ask-areas");
        DatePicker until = DatePickers.of(getTranslation("fuldmagt.until"), getLocale(), getTranslation("common.today"),
                getTranslation("common.cancel"));
        until.setMin(LocalDate.now());
        until.setHelperText(getTranslation("fuldmagt.until-help"));
        RadioButtonGroup<Boolean> how = new RadioButtonGroup<>(getTranslation("fuldmagt.request.how"));
        how.setItems(false, true);
        how.setItemLabelGenerator(paper -> getTranslation(paper ? "fuldmagt.request.paper" : "fuldmagt.request.digital"));
        how.setValue(false);
        how.addThemeName("vertical");
        how.setId("ask-how");
        Paragraph paperHelp = new Paragraph(getTranslation("fuldmagt.request.paper-help"));
        paperHelp.addClassName("sk-note");
        paperHelp.setVisible(false);
        how.addValueChangeListener(e -> paperHelp.setVisible(Boolean.TRUE.equals(e.getValue())));
        Button send = new Button(getTranslation("fuldmagt.request.send"), e -> {
            if (RealCprGuard.discardIfReal(cpr, view.notice(), sandbox, view.events())) {
                return;
            }
            FuldmagtService.Result result = view.fuldmagter().request(me, name.getValue(), cpr.getValue(),
                    areas.chosen(), until.getValue(), Boolean.TRUE.equals(how.getValue()));
            result.problem().ifPresentOrElse(view::problem, () -> view.done(Boolean.TRUE.equals(how.getValue())
                    ? "fuldmagt.request.sent-paper" : "fuldmagt.request.sent", name.getValue().strip()));
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("ask-send");
        add(new Paragraph(getTranslation("fuldmagt.request.lead")), name, cpr, areas, until, how, paperHelp, send);
    }
}
