package dk.sandkassen.safety.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dk.sandkassen.safety.Judgement;
import dk.sandkassen.safety.Message;
import dk.sandkassen.safety.Part;
import dk.sandkassen.safety.Verdict;
import dk.sandkassen.shared.ui.Notice;

/**
 * The answer on the learner's answer: right or not, each red flag found or missed with why it
 * matters, the parts marked that were fine, and what to do with a message like this.
 */
class JudgementFeedback extends Div {

    JudgementFeedback(Message message, Judgement judgement) {
        addClassName("sk-judgement");
        String headline = "fraud.verdict." + (judgement.correct() ? "right-" : "wrong-") + (message.fake() ? "fake" : "real");
        add(Notice.of(judgement.correct() ? Notice.Kind.SUCCESS : Notice.Kind.WARNING, getTranslation(headline)));
        if (message.fake()) {
            boolean marked = judgement.found() > 0 || !judgement.fineParts().isEmpty();
            add(new Paragraph(getTranslation(marked ? "fraud.flags.found" : "fraud.flags.none-marked",
                    judgement.found(), judgement.flags().size())));
            add(new FlagList(judgement.flags(), true));
        } else {
            add(new Paragraph(getTranslation("fraud.real.why")));
        }
        if (!judgement.fineParts().isEmpty()) {
            add(new Paragraph(getTranslation("fraud.flags.fine")));
            UnorderedList fine = new UnorderedList();
            fine.addClassName("sk-fine-parts");
            for (Part part : judgement.fineParts()) {
                fine.add(new ListItem(part.text()));
            }
            add(fine);
        }
        add(new Paragraph(getTranslation(message.fake() ? "fraud.advice.fake" : "fraud.advice.real")));
        if (judgement.verdict() == Verdict.REAL && message.fake()) {
            add(new Paragraph(getTranslation("fraud.advice.if-clicked")));
        }
    }
}
