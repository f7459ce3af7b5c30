package dk.sandkassen.access.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dk.sandkassen.access.FuldmagtService;
import dk.sandkassen.login.Actor;
import dk.sandkassen.login.CurrentLogin;
import dk.sandkassen.sandbox.SandboxEvents;
import dk.sandkassen.shared.ui.Notice;

/**
 * Digital Fuldmagt: give a fuldmagt, ask for one (also for someone without MitID), answer
 * requests, see the fuldmagter given and received, revoke, and act on someone's behalf.
 */
@Route("fuldmagt")
class FuldmagtView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentLogin currentLogin;
    private final FuldmagtService fuldmagter;
    private final SandboxEvents events;
    private final Notice notice = new Notice();
    private final Div cards = new Div();

    FuldmagtView(CurrentLogin currentLogin, FuldmagtService fuldmagter, SandboxEvents events) {
        this.currentLogin = currentLogin;
        this.fuldmagter = fuldmagter;
        this.events = events;
        addClassNames("sk-page", "sk-fuldmagt");
        cards.addClassName("sk-cards");
        Paragraph lead = new Paragraph(getTranslation("fuldmagt.lead"));
        lead.addClassName("sk-lead");
        RouterLink future = new RouterLink(getTranslation("fuldmagt.future.link"), FremtidsfuldmagtView.class);
        add(new H1(getTranslation("fuldmagt.title")), lead, new Paragraph(future), notice, cards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AccessPage.actor(currentLogin, event, "fuldmagt").ifPresent(this::show);
    }

    void show(Actor me) {
        cards.removeAll();
        cards.add(new FuldmagtListsCard(this, me), new GiveFuldmagtCard(this, me),
                new RequestFuldmagtCard(this, me));
    }

    void done(String key, Object... parameters) {
        notice.show(Notice.Kind.SUCCESS, getTranslation(key, parameters));
        currentLogin.actor().ifPresent(this::show);
    }

    void problem(String key) {
        notice.show(Notice.Kind.ERROR, getTranslation(key));
    }

    FuldmagtService fuldmagter() {
        return fuldmagter;
    }

    SandboxEvents events() {
        return events;
    }

    Notice notice() {
        return notice;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fuldmagt.page-title");
    }
}
