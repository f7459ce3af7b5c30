package dk.sandkassen.safety.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.sandkassen.safety.FlagKind;
import dk.sandkassen.safety.Judgement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A message's red flags, each with its words and why it gives the fake away; when the learner
 * marked parts, each says whether it was found.
 */
class FlagList extends UnorderedList {

    FlagList(List<Judgement.Flag> flags, boolean showFound) {
        addClassName("sk-flags");
        for (Judgement.Flag flag : flags) {
            add(item(flag.kind(), flag.words(), showFound ? flag.found() : null));
        }
    }

    private ListItem item(FlagKind kind, String words, @Nullable Boolean found) {
        Span name = new Span(getTranslation("fraud.flag." + kind.id() + ".name"));
        name.addClassName("sk-flag-name");
        Span quote = new Span(getTranslation("fraud.flag.quote", words));
        quote.addClassName("sk-flag-words");
        Div head = new Div();
        if (found != null) {
            Span status = new Span(getTranslation(found ? "fraud.flag.found" : "fraud.flag.missed"));
            status.addClassName(found ? "sk-flag-found" : "sk-flag-missed");
            head.add(status);
        }
        head.add(name, quote);
        ListItem item = new ListItem(head, new Paragraph(getTranslation("fraud.flag." + kind.id() + ".why")));
        item.addClassName("sk-flag");
        item.getElement().setAttribute("data-flag", kind.id());
        if (found != null) {
            item.getElement().setAttribute("data-found", found.toString());
        }
        return item;
    }
}
