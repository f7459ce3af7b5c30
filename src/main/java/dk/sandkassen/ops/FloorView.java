package dk.sandkassen.ops;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.VaadinSession;

/**
 * The framework's floor for measuring (docs/performance.md, "The floor"): a page with a field,
 * a button and a line of text, and nothing of Sandkassen's — no sandbox, no login, no layout, no
 * session data. The load driver's {@code --floor} journey clicks it as a learner clicks the real
 * pages, so that heap per session and server CPU per action can be read for Vaadin alone, side
 * by side with the app's. Registered only when {@code sandkassen.perf.floor=true}
 * ({@link FloorRoute}); a production node has no such route. It has no words (buttons "+" and "×"),
 * so nothing to translate: no learner ever sees it.
 */
class FloorView extends VerticalLayout implements BeforeEnterObserver {

    private final Paragraph said = new Paragraph();
    private final Div lines = new Div();
    private int clicks;

    FloorView() {
        TextField field = new TextField();
        field.setId("floor-field");
        Button button = new Button("+", click -> {
            clicks++;
            said.setText(field.getValue() + " " + clicks);
            lines.add(new Paragraph(String.valueOf(clicks)));
        });
        button.setId("floor-button");
        said.setId("floor-said");
        // As "Afslut" does: the browser goes elsewhere and the session ends, so a run's sessions do not pile up.
        Button end = new Button("×", click -> {
            UI.getCurrent().getPage().setLocation("floor-ended");
            VaadinSession.getCurrent().getSession().invalidate();
        });
        end.setId("floor-end");
        add(field, button, end, said, lines);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        said.setText(event.getLocation().getPath());
    }
}
