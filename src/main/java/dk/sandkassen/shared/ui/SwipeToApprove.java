package dk.sandkassen.shared.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;

/**
 * "Stryg for at godkende": the swipe of the MitID and NemID apps. A native range input, so it
 * works with a finger, a mouse and the keyboard (arrow keys or End), and screen readers
 * announce it as a slider with its label. Letting go before the end snaps it back.
 */
public class SwipeToApprove extends Div {

    public static class ApprovedEvent extends ComponentEvent<SwipeToApprove> {
        ApprovedEvent(SwipeToApprove source) {
            super(source, true);
        }
    }

    private final Input slider = new Input(ValueChangeMode.ON_CHANGE);

    public SwipeToApprove(String label, String hint) {
        addClassName("sk-swipe");
        slider.setType("range");
        slider.getElement().setAttribute("min", "0");
        slider.getElement().setAttribute("max", "100");
        slider.getElement().setAttribute("step", "5");
        slider.setValue("0");
        slider.getElement().setAttribute("aria-label", label);
        slider.getElement().setAttribute("aria-describedby", "swipe-hint");
        slider.addClassName("sk-swipe-input");
        Span text = new Span(label);
        text.addClassName("sk-swipe-label");
        text.getElement().setAttribute("aria-hidden", "true");
        Span help = new Span(hint);
        help.setId("swipe-hint");
        help.addClassName("sk-swipe-hint");
        slider.addValueChangeListener(e -> {
            if (Integer.parseInt(e.getValue().isBlank() ? "0" : e.getValue()) >= 95) {
                slider.setEnabled(false);
                fireEvent(new ApprovedEvent(this));
            } else {
                slider.setValue("0");
            }
        });
        Div track = new Div(text, slider);
        track.addClassName("sk-swipe-track");
        add(track, help);
    }

    public Registration addApprovedListener(ComponentEventListener<ApprovedEvent> listener) {
        return addListener(ApprovedEvent.class, listener);
    }
}
