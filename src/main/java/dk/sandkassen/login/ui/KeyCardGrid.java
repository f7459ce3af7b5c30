package dk.sandkassen.login.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dk.sandkassen.login.KeyCard;
import java.util.Set;
import org.jsoup.nodes.Entities;

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
        Paragraph left = new Paragraph(getTranslation("keycard.left", KeyCard.SIZE - used.size()));
        left.addClassName("sk-keycard-left");

        add(number, left, grid(card, used));
    }

    /**
     * The 148 keys as one element with its markup, not some 740 server-side components: the
     * card is only read, never clicked, and the login step that shows it answers that much
     * sooner (see docs/performance.md). Key numbers and codes are digits; all text is escaped.
     */
    private Html grid(KeyCard card, Set<String> used) {
        String usedText = Entities.escape(getTranslation("keycard.used"));
        StringBuilder html = new StringBuilder("<div class=\"sk-keycard-grid\">");
        for (KeyCard.Key key : card.keys()) {
            String number = Entities.escape(key.number());
            boolean isUsed = used.contains(key.number());
            html.append("<div class=\"sk-key").append(isUsed ? " sk-key-used" : "").append("\" data-key=\"")
                    .append(number).append('"');
            if (isUsed) {
                html.append(" title=\"").append(usedText).append('"');
            }
            html.append("><span class=\"sk-key-number\">").append(number)
                    .append("</span><span class=\"sk-key-code\">").append(Entities.escape(key.code())).append("</span>");
            if (isUsed) {
                html.append("<span class=\"sk-visually-hidden\">").append(usedText).append("</span>");
            }
            html.append("</div>");
        }
        return new Html(html.append("</div>").toString());
    }
}
