package dk.sandkassen.post.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dk.sandkassen.post.Letter;
import dk.sandkassen.post.LetterExplanation;
import dk.sandkassen.shared.Languages;
import dk.sandkassen.shared.ui.FactList;
import dk.sandkassen.shared.ui.ReadAloud;
import java.util.Locale;
import java.util.Optional;

/**
 * Above the letter's text: "Læs op" (the letter, in Danish, as real letters are) and, for a
 * catalogue letter, "Hvad betyder brevet?" — Sandkassen's own explanation in the learner's
 * language, folded away until asked for, and marked as help so that nobody takes it for part
 * of the letter: its own heading, look and icon, and a region a screen reader names as help.
 */
class LetterAids extends Div {

    static final String PANEL_ID = "letter-explanation";

    LetterAids(Letter letter, Optional<LetterExplanation> explanation) {
        addClassName("sk-letter-aids");
        Optional<Div> panel = explanation.map(this::panel);
        panel.ifPresent(p -> add(toggle(p)));
        add(new ReadAloud(letter.subject() + "\n\n" + letter.body(), Languages.DANISH,
                getTranslation("readaloud.what.letter")));
        panel.ifPresent(this::add);
    }

    private Button toggle(Div panel) {
        Button toggle = new Button(getTranslation("post.explain.toggle"));
        toggle.setId("explain-toggle");
        toggle.addClassName("sk-explain-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.getElement().setAttribute("aria-controls", PANEL_ID);
        toggle.addClickListener(click -> {
            boolean open = panel.getElement().hasAttribute("hidden");
            if (open) {
                panel.getElement().removeAttribute("hidden");
            } else {
                panel.getElement().setAttribute("hidden", true);
            }
            toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
        });
        return toggle;
    }

    private Div panel(LetterExplanation e) {
        Span icon = new Span();
        icon.addClassName("sk-explain-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        H3 heading = new H3(getTranslation("post.explain.heading"));
        Div head = new Div(icon, heading);
        head.addClassName("sk-explain-head");
        Paragraph note = new Paragraph(getTranslation("post.explain.note"));
        note.addClassName("sk-explain-note");
        FactList facts = new FactList()
                .fact(getTranslation("post.explain.about"), text(e, e.about()))
                .fact(getTranslation("post.explain.todo"), text(e, e.todo()))
                .fact(getTranslation("post.explain.when"), text(e, e.when()));
        ReadAloud read = new ReadAloud(String.join(" ", e.about(), e.todo(), e.when()), Locale.forLanguageTag(e.language()),
                getTranslation("readaloud.what.explanation"));
        Div panel = new Div(head, note, facts, read);
        panel.setId(PANEL_ID);
        panel.addClassName("sk-letter-explanation");
        panel.getElement().setAttribute("role", "region");
        panel.getElement().setAttribute("aria-label", getTranslation("post.explain.label"));
        panel.getElement().setAttribute("hidden", true);
        return panel;
    }

    /** In the language it is written in, which may be a fallback from the learner's. */
    private static Span text(LetterExplanation e, String text) {
        Span span = new Span(text);
        span.getElement().setAttribute("lang", e.language());
        span.getElement().setAttribute("dir", "auto");
        return span;
    }
}
