package dk.sandkassen.shared.ui;

import com.vaadin.flow.component.html.Span;

/** A small label such as "Fiktivt" beside a value. */
public class Badge extends Span {

    public Badge(String text, String variant) {
        super(text);
        addClassNames("sk-badge", "sk-badge-" + variant);
    }
}
