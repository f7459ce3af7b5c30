package dk.sandkassen.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/** A small simulated device (code display, chip), named for screen readers. */
public class DeviceFrame extends Div {

    public DeviceFrame(String accessibleName, String variant, Component... content) {
        addClassNames("sk-device", "sk-device-" + variant);
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", accessibleName);
        add(content);
    }
}
