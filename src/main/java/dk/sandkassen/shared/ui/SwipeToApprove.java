package dk.sandkassen.shared.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;

/**
 * "Stryg for at godkende": the swipe of the MitID and NemID apps. A native range input, so it
 * works with a finger, a mouse and the keyboard, and screen readers announce it as a slider
 * with its label. The slider lives in the browser: a finger or mouse let go before the end
 * snaps it back, while arrow keys move it at any pace (Home back to the start, End to the end)
 * and it approves when it reaches the end, or on Enter at the end. Only the approval is sent
 * to the server — a round trip per key press used to snap keyboard users back every time.
 */
public class SwipeToApprove extends Div {

    public static class ApprovedEvent extends ComponentEvent<SwipeToApprove> {
        ApprovedEvent(SwipeToApprove source) {
            super(source, true);
        }
    }

    private final Input slider = new Input();

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
        slider.getElement().addEventListener("sk-approved", e -> {
            slider.setEnabled(false);
            fireEvent(new ApprovedEvent(this));
        });
        slider.getElement().executeJs("""
                const slider = this;
                let pointer = false;
                const approve = () => {
                    if (Number(slider.value) >= 95 && !slider.disabled) {
                        slider.disabled = true;
                        slider.dispatchEvent(new CustomEvent('sk-approved'));
                    }
                };
                slider.addEventListener('pointerdown', () => pointer = true);
                slider.addEventListener('change', () => {
                    if (Number(slider.value) >= 95) {
                        approve();
                    } else if (pointer) {
                        slider.value = 0;
                    }
                    pointer = false;
                });
                slider.addEventListener('keydown', event => {
                    if (event.key === 'Enter') {
                        approve();
                    }
                });""");
        Div track = new Div(text, slider);
        track.addClassName("sk-swipe-track");
        add(track, help);
    }

    public Registration addApprovedListener(ComponentEventListener<ApprovedEvent> listener) {
        return addListener(ApprovedEvent.class, listener);
    }
}
