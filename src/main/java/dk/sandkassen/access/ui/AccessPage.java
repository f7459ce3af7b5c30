package dk.sandkassen.access.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import dk.sandkassen.login.CurrentLogin;
import dk.sandkassen.login.Actor;
import java.util.Map;
import java.util.Optional;

/** The access pages need someone logged in; otherwise they send the learner to log in and back. */
final class AccessPage {

    private AccessPage() {
    }

    static Optional<Actor> actor(CurrentLogin login, BeforeEnterEvent event, String returnTo) {
        Optional<Actor> who = login.actor();
        if (who.isEmpty()) {
            event.forwardTo("log-ind", QueryParameters.simple(Map.of("til", returnTo)));
        }
        return who;
    }
}
