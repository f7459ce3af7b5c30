package dk.sandkassen.access.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.sandkassen.access.ReadAccessService;
import dk.sandkassen.login.Actor;
import dk.sandkassen.login.CurrentLogin;
import dk.sandkassen.post.PostService;
import dk.sandkassen.post.CurrentMailbox;
import dk.sandkassen.sandbox.SandboxEvents;
import dk.sandkassen.shared.ui.Notice;

/**
 * "Læse- og skriveadgang": who has access to your post (approve, reject, remove), asking for
 * access to someone else's, opening the post you were given access to, and the older way of
 * giving access to chosen folders with a password.
 */
@Route("post/adgang")
class AccessView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentLogin currentLogin;
    private final ReadAccessService readAccess;
    private final PostService post;
    private final CurrentMailbox currentMailbox;
    private final SandboxEvents events;
    private final Notice notice = new Notice();
    private final Div cards = new Div();

    AccessView(CurrentLogin currentLogin, ReadAccessService readAccess, PostService post,
               CurrentMailbox currentMailbox, SandboxEvents events) {
        this.currentLogin = currentLogin;
        this.readAccess = readAccess;
        this.post = post;
        this.currentMailbox = currentMailbox;
        this.events = events;
        addClassNames("sk-page", "sk-access");
        cards.addClassName("sk-cards");
        Paragraph lead = new Paragraph(getTranslation("access.lead"));
        lead.addClassName("sk-lead");
        add(new H1(getTranslation("access.title")), lead, notice, cards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AccessPage.actor(currentLogin, event, "post").ifPresent(this::show);
    }

    void show(Actor me) {
        cards.removeAll();
        cards.add(new GrantsToMeCard(this, me), new WhoHasAccessCard(this, me),
                new RequestAccessCard(this, me), new FolderAccessCard(this, me));
    }

    void done(String key, Object... parameters) {
        notice.show(Notice.Kind.SUCCESS, getTranslation(key, parameters));
        currentLogin.actor().ifPresent(this::show);
    }

    void problem(String key, Object... parameters) {
        notice.show(Notice.Kind.ERROR, getTranslation(key, parameters));
    }

    ReadAccessService readAccess() {
        return readAccess;
    }

    PostService post() {
        return post;
    }

    CurrentMailbox mailboxes() {
        return currentMailbox;
    }

    SandboxEvents events() {
        return events;
    }

    Notice notice() {
        return notice;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access.page-title");
    }
}
