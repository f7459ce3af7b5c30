package dk.sandkassen.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.util.concurrent.atomic.AtomicLong;

/** A titled, calm white panel. The heading labels the section for screen readers. */
public class Card extends Section implements HasComponents {

    private static final AtomicLong IDS = new AtomicLong();

    private final H2 heading = new H2();

    public Card(String title, Component... content) {
        addClassName("sk-card");
        heading.setText(title);
        heading.setId("card-" + IDS.incrementAndGet());
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading);
        add(content);
    }

    public void setTitle(String title) {
        heading.setText(title);
    }
}
