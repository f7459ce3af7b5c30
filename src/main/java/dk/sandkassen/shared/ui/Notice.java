package dk.sandkassen.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A message in the page: an error the learner can fix, a warning, or good news. Errors and
 * warnings are announced by screen readers as they appear.
 */
public class Notice extends Div {

    public enum Kind { INFO, SUCCESS, WARNING, ERROR }

    private final Paragraph text = new Paragraph();

    public Notice() {
        addClassName("sk-notice");
        add(text);
        setVisible(false);
    }

    public static Notice of(Kind kind, String message) {
        Notice notice = new Notice();
        notice.show(kind, message);
        return notice;
    }

    public void show(Kind kind, String message) {
        getElement().setAttribute("role", kind == Kind.ERROR || kind == Kind.WARNING ? "alert" : "status");
        for (Kind k : Kind.values()) {
            removeClassName("sk-notice-" + k.name().toLowerCase(java.util.Locale.ROOT));
        }
        addClassName("sk-notice-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        text.setText(message);
        setVisible(true);
    }

    public void clear() {
        text.setText("");
        setVisible(false);
    }
}
