package dk.sandkassen.login.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dk.sandkassen.login.KeyCard;
import java.util.Set;

/**
 * The key card on screen, laid out like the paper card: key number and code side by side,
 * in columns, the used keys crossed off as learners cross them off on paper.
 */
class KeyCardGrid extends Div {

    KeyCardGrid(KeyCard card, Set<String> used) {
        addClassName("sk-keycard");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("keycard.label", card.cardNumber()));
        Paragraph number = new Paragraph(getTranslation("keycard.number", card.cardNumber()));
        number.addClassName("sk-keycard-number");
        Paragraph left = new Paragraph(getTranslation("keycard.left", String.valueOf(KeyCard.SIZE - used.size())));
        left.addClassName("sk-keycard-left");

        Div grid = new Div();
        grid.addClassName("sk-keycard-grid");
        for (KeyCard.Key key : card.keys()) {
            Span keyNumber = new Span(key.number());
            keyNumber.addClassName("sk-key-number");
            Span code = new Span(key.code());
            code.addClassName("sk-key-code");
            Div pair = new Div(keyNumber, code);
            pair.addClassName("sk-key");
            pair.getElement().setAttribute("data-key", key.number());
            if (used.contains(key.number())) {
                pair.addClassName("sk-key-used");
                pair.getElement().setAttribute("title", getTranslation("keycard.used"));
                Span usedText = new Span(getTranslation("keycard.used"));
                usedText.addClassName("sk-visually-hidden");
                pair.add(usedText);
            }
            grid.add(pair);
        }
        add(number, left, grid);
    }
}
