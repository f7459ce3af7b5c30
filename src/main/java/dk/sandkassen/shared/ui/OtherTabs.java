package dk.sandkassen.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;

/**
 * The learner's other tabs in this browser, after something that makes what they show stale:
 * a new sandbox ("Start forfra", an exercise's start, "Afslut") or a new login. They are
 * closed on the server, so their next click reloads them showing the world as it is now —
 * never acting on the old sandbox, or as the person who was logged in before.
 */
public final class OtherTabs {

    private OtherTabs() {
    }

    public static void closeStale() {
        VaadinSession session = VaadinSession.getCurrent();
        UI current = UI.getCurrent();
        if (session == null) {
            return;
        }
        for (UI ui : List.copyOf(session.getUIs())) {
            if (ui != current && !ui.isClosing()) {
                ui.close();
            }
        }
    }
}
