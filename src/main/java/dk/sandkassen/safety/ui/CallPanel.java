package dk.sandkassen.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.sandkassen.login.Phone;
import dk.sandkassen.safety.PressureCall;
import dk.sandkassen.safety.SafetyService;
import dk.sandkassen.shared.ui.Notice;

/**
 * A call on the phone, as text: "Hej, det er fra MitID support …". While it is on, a MitID
 * request arrives below it. Hanging up (or not answering) and rejecting the request is right.
 */
class CallPanel extends Div {

    private final SafetyService safety;
    private final Phone phone;

    CallPanel(SafetyService safety, Phone phone, PressureCall call) {
        this.safety = safety;
        this.phone = phone;
        setId("phone-call");
        addClassNames("sk-app-screen", "sk-call");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("fraud.call.label"));
        show(call.state());
    }

    private void show(PressureCall.State state) {
        removeAll();
        Paragraph app = new Paragraph(getTranslation("fraud.call.app"));
        app.addClassName("sk-app-title");
        add(app);
        switch (state) {
            case RINGING -> ringing();
            case ANSWERED -> talking();
            case ENDED -> ended();
        }
    }

    private void ringing() {
        Paragraph heading = new Paragraph(getTranslation("fraud.call.incoming"));
        heading.addClassName("sk-app-heading");
        Span caller = new Span(getTranslation("fraud.call.caller"));
        caller.addClassName("sk-call-caller");
        Span number = new Span(getTranslation("fraud.call.number"));
        Button answer = new Button(getTranslation("fraud.call.answer"), e -> {
            safety.answerCall(phone);
            show(PressureCall.State.ANSWERED);
        });
        answer.setId("call-answer");
        answer.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        Button decline = new Button(getTranslation("fraud.call.decline"), e -> {
            safety.endCall(phone);
            show(PressureCall.State.ENDED);
        });
        decline.setId("call-decline");
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(answer, decline);
        actions.addClassName("sk-app-actions");
        add(heading, new Div(caller), new Div(number), actions);
    }

    private void talking() {
        Paragraph heading = new Paragraph(getTranslation("fraud.call.on"));
        heading.addClassName("sk-app-heading");
        UnorderedList lines = new UnorderedList();
        lines.addClassName("sk-call-lines");
        for (int i = 1; i <= 4; i++) {
            lines.add(new ListItem(getTranslation("fraud.call.line." + i)));
        }
        Button hangUp = new Button(getTranslation("fraud.call.hang-up"), e -> {
            safety.endCall(phone);
            show(PressureCall.State.ENDED);
        });
        hangUp.setId("call-hang-up");
        hangUp.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        add(heading, lines, hangUp);
    }

    private void ended() {
        add(Notice.of(Notice.Kind.SUCCESS, getTranslation("fraud.call.ended")), new Paragraph(getTranslation("fraud.call.advice")));
    }
}
