package dk.sandkassen.selfservice.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import dk.sandkassen.access.AccessDenied;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Actor;
import dk.sandkassen.login.CurrentLogin;
import dk.sandkassen.selfservice.ForPerson;
import dk.sandkassen.selfservice.Solution;
import dk.sandkassen.shared.ui.Notice;
import java.util.Map;
import java.util.Optional;

/**
 * What every solution's page does first: the actor from the login (to the login if nobody is
 * logged in), whose matter it is from the address ({@code selvbetjening/laege/mother}), and the
 * service's answer to whether the actor may act for them — refused kindly, on the server, when
 * no fuldmagt covers the solution. On someone's behalf a banner says for whom, all the way.
 */
abstract class SolutionPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PERSON = "person";

    private final CurrentLogin currentLogin;
    private final Solution solution;
    /** Kind answers to what the learner typed or chose; what they typed stays in the form. */
    final Notice notice = new Notice();

    SolutionPage(CurrentLogin currentLogin, Solution solution) {
        this.currentLogin = currentLogin;
        this.solution = solution;
        addClassNames("sk-page", "sk-selfservice");
        notice.setId("selfservice-notice");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> personId = event.getRouteParameters().get(PERSON);
        Optional<Actor> me = currentLogin.actor();
        if (me.isEmpty()) {
            event.forwardTo("log-ind", QueryParameters.simple(Map.of("til",
                    "selvbetjening/" + solution.path() + personId.map(p -> "/" + p).orElse(""))));
            return;
        }
        removeAll();
        Optional<Role> person = personId.isEmpty() ? Optional.of(me.get().role()) : personId.flatMap(Role::fromId);
        try {
            ForPerson who = new ForPerson(me.get(), person.orElseThrow(() -> new AccessDenied("selfservice.not-covered")));
            open(who);
            add(new H1(getTranslation("selfservice." + solution.id() + ".title")));
            if (!who.isOwn()) {
                String name = me.get().sandbox().household().person(who.person()).orElseThrow().fullName();
                Notice banner = Notice.of(Notice.Kind.INFO, getTranslation("selfservice.behalf-banner", name,
                        getTranslation("area." + solution.area().id())));
                banner.setId("behalf-banner");
                banner.addClassName("sk-behalf-banner");
                add(banner);
            }
            add(notice);
            build(who);
        } catch (AccessDenied denied) {
            refuse(denied);
        }
    }

    /**
     * Runs what a button does. A fuldmagt can be withdrawn or run out while the page is open;
     * the service then refuses, and the learner gets the same kind answer as at the door, not
     * a failed action (and no error in the log: nothing went wrong).
     */
    void act(Runnable action) {
        try {
            action.run();
        } catch (AccessDenied denied) {
            refuse(denied);
        }
    }

    private void refuse(AccessDenied denied) {
        removeAll();
        add(new H1(getTranslation("selfservice.refused.title")),
                Notice.of(Notice.Kind.ERROR, getTranslation(denied.messageKey())),
                new Paragraph(getTranslation("selfservice.refused.how")),
                new Paragraph(new RouterLink(getTranslation("selfservice.back"), SelfServiceView.class)));
    }

    /** Asks the service to open the solution for the person: it refuses when the actor may not. */
    abstract void open(ForPerson who);

    /** The page itself, once the service has let the actor in. */
    abstract void build(ForPerson who);

    /** Shows a problem the service found, in the learner's language, above the form. */
    void problem(String key) {
        notice.show(Notice.Kind.ERROR, getTranslation(key));
    }

    /**
     * As {@link #problem}, and the message takes the focus: for when the part of the page the
     * learner was in (the check step) has just closed, so the keyboard and screen reader are not lost.
     */
    void problemInFocus(String key) {
        problem(key);
        notice.getElement().setAttribute("tabindex", "-1");
        notice.getElement().callJsFunction("focus");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("selfservice." + solution.id() + ".page-title");
    }
}
