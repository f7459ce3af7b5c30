package dk.sandkassen.login.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import dk.sandkassen.login.CurrentLogin;
import java.util.Map;

/** "Log af", from wherever the learner is. */
public final class LogOut {

    private LogOut() {
    }

    public static void now(CurrentLogin currentLogin) {
        currentLogin.logout();
        UI.getCurrent().navigate(LoginNavigation.CHOOSE, QueryParameters.simple(Map.of("logget-af", "1")));
    }
}
