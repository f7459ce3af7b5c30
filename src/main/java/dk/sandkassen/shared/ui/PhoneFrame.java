package dk.sandkassen.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/** An on-screen phone: a device frame whose screen shows an app. Named for screen readers. */
public class PhoneFrame extends Div {

    private final Div screen = new Div();

    public PhoneFrame(String accessibleName, Component... content) {
        addClassName("sk-phone");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", accessibleName);
        Div speaker = new Div();
        speaker.addClassName("sk-phone-speaker");
        speaker.getElement().setAttribute("aria-hidden", "true");
        screen.addClassName("sk-phone-screen");
        screen.add(content);
        add(speaker, screen);
    }

    public void show(Component... content) {
        screen.removeAll();
        screen.add(content);
    }
}
