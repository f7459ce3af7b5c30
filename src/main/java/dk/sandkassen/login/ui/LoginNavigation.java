package dk.sandkassen.login.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.Set;

/** Where the login screens are, and where a learner goes after logging in. */
public final class LoginNavigation {

    public static final String CHOOSE = "log-ind";
    public static final String NEMID = "log-ind/nemid";
    public static final String MITID = "log-ind/mitid";
    public static final String MY_DETAILS = "mine-oplysninger";
    static final String RETURN_PARAMETER = "til";
    /** Who the learner is about to log in as: {@code ?som=daughter}. */
    static final String AS_PARAMETER = "som";

    /** Pages a login may return to; anything else goes to the default, so no link can send a learner away. */
    private static final Set<String> RETURN_TARGETS = Set.of("post", "adgang", "fuldmagt", "selvbetjening", "ovelse", MY_DETAILS);
    /** After logging in, the learner lands in Digital Post, as on borger.dk. */
    static final String DEFAULT_TARGET = "post";
    /** Added to the address after a login, so the page can say who is logged in and how. */
    public static final String JUST_LOGGED_IN = "logget-ind";

    private LoginNavigation() {
    }

    public static void toLogin(String returnTo) {
        UI.getCurrent().navigate(CHOOSE, QueryParameters.simple(Map.of(RETURN_PARAMETER, returnTo)));
    }

    /** "Log på som din datter": to the login screens, with her practice credentials at hand. */
    public static void toLoginAs(dk.sandkassen.identity.Role person) {
        UI.getCurrent().navigate(CHOOSE, QueryParameters.simple(Map.of(AS_PARAMETER, person.id())));
    }

    static dk.sandkassen.identity.Role person(QueryParameters parameters) {
        return parameters.getSingleParameter(AS_PARAMETER).flatMap(dk.sandkassen.identity.Role::fromId)
                .orElse(dk.sandkassen.identity.Role.SELF);
    }

    static void afterLogin(com.vaadin.flow.component.UI ui, QueryParameters parameters) {
        ui.navigate(target(parameters), QueryParameters.simple(Map.of(JUST_LOGGED_IN, "1")));
    }

    static String target(QueryParameters parameters) {
        return parameters.getSingleParameter(RETURN_PARAMETER)
                .filter(target -> RETURN_TARGETS.contains(target.split("/")[0]))
                .orElse(DEFAULT_TARGET);
    }

    static QueryParameters carry(QueryParameters parameters) {
        Map<String, String> kept = new java.util.HashMap<>();
        parameters.getSingleParameter(RETURN_PARAMETER).ifPresent(target -> kept.put(RETURN_PARAMETER, target));
        parameters.getSingleParameter(AS_PARAMETER).ifPresent(person -> kept.put(AS_PARAMETER, person));
        return QueryParameters.simple(kept);
    }
}
