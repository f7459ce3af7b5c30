package dk.sandkassen.selfservice.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import dk.sandkassen.selfservice.Receipt;
import dk.sandkassen.shared.ui.Card;
import dk.sandkassen.shared.ui.FactList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * "Kvittering": the end of every solution, as in reality — the number, when, for whom, and the
 * letter on its way from the authority. On someone's behalf the letter goes to them.
 */
class ReceiptCard extends Card {

    ReceiptCard(Receipt receipt, String personName, FactList what) {
        super("");
        setTitle(getTranslation("selfservice.receipt.title"));
        setId("receipt");
        addClassName("sk-receipt");
        String when = receipt.at().atZone(ZoneId.of("Europe/Copenhagen"))
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(getLocale()));
        what.fact(getTranslation("selfservice.receipt.number"), receipt.number())
                .fact(getTranslation("selfservice.receipt.when"), when)
                .fact(getTranslation("selfservice.receipt.for"), personName);
        Paragraph letter = new Paragraph(receipt.onBehalf()
                ? getTranslation("selfservice.receipt.letter-behalf", receipt.authority(), personName)
                : getTranslation("selfservice.receipt.letter", receipt.authority()));
        add(new Paragraph(getTranslation("selfservice.receipt.lead")), what, letter);
        if (!receipt.onBehalf()) {
            Anchor post = new Anchor("post", getTranslation("selfservice.receipt.to-post"));
            post.getElement().setAttribute("router-link", true);
            post.setId("receipt-to-post");
            add(new Paragraph(post));
        }
    }
}
