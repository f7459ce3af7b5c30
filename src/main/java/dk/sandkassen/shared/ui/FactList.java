package dk.sandkassen.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;

/** Label–value pairs ("CPR-nummer: 671285-1234") as a real description list. */
public class FactList extends DescriptionList {

    public FactList() {
        addClassName("sk-facts");
    }

    public FactList fact(String label, String value) {
        return fact(label, new Span(value));
    }

    public FactList fact(String label, Component... value) {
        add(new Term(label), new Description(value));
        return this;
    }
}
