package dk.sandkassen.safety.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dk.sandkassen.login.Phone;
import dk.sandkassen.safety.Message;
import dk.sandkassen.safety.Part;
import dk.sandkassen.safety.SafetyService;
import dk.sandkassen.safety.Verdict;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One message, opened. Read it as on a real phone (the link opens the page behind it); or
 * press "Find de røde flag" and tap the parts that look wrong — the sender, a sentence, the
 * link — each a toggle button a keyboard and a screen reader can use; then answer "Det her er
 * svindel" or "Det er ægte" and get feedback on every red flag.
 */
class MessageScreen extends Div {

    private final SafetyService safety;
    private final Phone phone;
    private final Message message;
    private final Set<String> marked = new LinkedHashSet<>();
    private final Div content = new Div();
    private final Div feedback = new Div();
    private final Button mark = new Button();
    private boolean marking;

    MessageScreen(SafetyService safety, Phone phone, Message message, Runnable back) {
        this.safety = safety;
        this.phone = phone;
        this.message = message;
        setId("phone-message");
        addClassNames("sk-app-screen", "sk-message");
        getElement().setAttribute("data-message", message.name());
        Button backButton = new Button(getTranslation("fraud.message.back"), e -> back.run());
        backButton.setId("message-back");
        backButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        mark.setId("message-mark");
        mark.addThemeVariants(ButtonVariant.LUMO_SMALL);
        mark.addClickListener(e -> {
            marking = !marking;
            showContent();
        });
        Button fake = new Button(getTranslation("fraud.verdict.fake"), e -> answer(Verdict.FAKE));
        fake.setId("verdict-fake");
        fake.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button real = new Button(getTranslation("fraud.verdict.real"), e -> answer(Verdict.REAL));
        real.setId("verdict-real");
        real.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        Div verdicts = new Div(fake, real);
        verdicts.addClassName("sk-app-actions");
        content.addClassName("sk-message-content");
        feedback.setId("message-feedback");
        feedback.getElement().setAttribute("aria-live", "polite");
        add(backButton, content, mark, verdicts, feedback);
        showContent();
    }

    private void showContent() {
        content.removeAll();
        mark.setText(getTranslation(marking ? "fraud.message.mark-done" : "fraud.message.mark"));
        mark.getElement().setAttribute("aria-pressed", Boolean.toString(marking));
        if (marking) {
            Paragraph how = new Paragraph(getTranslation("fraud.message.mark-how"));
            how.addClassName("sk-message-how");
            content.add(how);
        }
        Div body = new Div();
        body.addClassName("sk-message-body");
        for (Part part : message.parts()) {
            switch (part.kind()) {
                case SENDER -> content.add(labelled("fraud.message.from", part));
                case SUBJECT -> content.add(labelled("fraud.message.subject", part));
                case SENTENCE -> body.add(part(part), new Span(" "));
                case LINK -> body.add(new Div(marking ? part(part) : link(part)));
            }
        }
        content.add(body);
    }

    private Div labelled(String key, Part part) {
        Span label = new Span(getTranslation(key) + " ");
        label.addClassName("sk-message-label");
        Div line = new Div(label, part(part));
        line.addClassName("sk-message-" + part.kind().name().toLowerCase(java.util.Locale.ROOT));
        return line;
    }

    /** A part as plain text, or while marking, as a toggle button. */
    private Component part(Part part) {
        if (!marking) {
            return new Span(part.text());
        }
        NativeButton toggle = new NativeButton(part.text());
        toggle.addClassName("sk-part");
        toggle.getElement().setAttribute("data-part", part.id());
        toggle.getElement().setAttribute("aria-pressed", Boolean.toString(marked.contains(part.id())));
        toggle.addClickListener(e -> {
            boolean now = marked.add(part.id()) || !marked.remove(part.id());
            toggle.getElement().setAttribute("aria-pressed", Boolean.toString(now));
        });
        return toggle;
    }

    /** The link as it is in a message: following it opens the page behind it, inside Sandkassen. */
    private Anchor link(Part part) {
        Anchor link = new Anchor(SafetyNavigation.fakePage(message.id()), part.text());
        link.setId("message-link");
        link.addClassName("sk-message-link");
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private void answer(Verdict verdict) {
        safety.judge(phone, message.id(), verdict, marked, getLocale()).ifPresent(judgement -> {
            feedback.removeAll();
            feedback.add(new JudgementFeedback(message, judgement));
        });
    }
}
