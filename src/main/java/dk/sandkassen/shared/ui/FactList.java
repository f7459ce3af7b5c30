package dk.sandkassen.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;

/** Label–value pairs ("CPR-nummer: 671285-1234") as a real description list. */
public class FactList extends DescriptionList {

    public FactList() {
        addClassName("sk-facts");
    }

    /**
     * A value takes the direction of its own text: on an Arabic page a phone number, an e-mail
     * or a Danish address reads left to right (a value without letters counts as LTR), isolated
     * from the page, where "+45 12 34" would otherwise come out as "34 12 45+".
     */
    public FactList fact(String label, String value) {
        Span text = new Span(value);
        text.getElement().setAttribute("dir", "auto");
        return fact(label, text);
    }

    public FactList fact(String label, Component... value) {
        add(new Term(label), new Description(value));
        return this;
    }
}
