package dk.sandkassen.access.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.sandkassen.access.Grant;
import dk.sandkassen.access.ReadAccessService;
import dk.sandkassen.login.Actor;
import dk.sandkassen.login.CurrentLogin;
import dk.sandkassen.post.PostService;
import dk.sandkassen.post.CurrentMailbox;
import dk.sandkassen.post.Mailbox;
import dk.sandkassen.sandbox.SandboxEvents;
import dk.sandkassen.shared.ui.Card;
import dk.sandkassen.shared.ui.Notice;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
    private Shown shown = new Shown(List.of(), List.of(), List.of());
    private @Nullable Card grantsToMe;
    private @Nullable Card whoHasAccess;
    private @Nullable Card folderAccess;

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
        shown = Shown.now(this, me);
        grantsToMe = new GrantsToMeCard(this, me);
        whoHasAccess = new WhoHasAccessCard(this, me);
        folderAccess = new FolderAccessCard(this, me);
        cards.removeAll();
        cards.add(grantsToMe, whoHasAccess, new RequestAccessCard(this, me), folderAccess);
    }

    /**
     * After an action only the cards whose grants or folders changed are drawn again (the forms
     * clear themselves): Vaadin keeps each page's last answer in the session, and all four cards
     * drawn anew made it ~25,600 characters for every learner who had just given access.
     */
    void done(String key, Object... parameters) {
        notice.show(Notice.Kind.SUCCESS, getTranslation(key, parameters));
        currentLogin.actor().ifPresent(this::redrawChanged);
    }

    private void redrawChanged(Actor me) {
        Shown now = Shown.now(this, me);
        if (!now.toMe().equals(shown.toMe())) {
            grantsToMe = redraw(grantsToMe, new GrantsToMeCard(this, me));
        }
        if (!now.byMe().equals(shown.byMe()) || !now.folders().equals(shown.folders())) {
            whoHasAccess = redraw(whoHasAccess, new WhoHasAccessCard(this, me));
        }
        if (!now.folders().equals(shown.folders())) {
            folderAccess = redraw(folderAccess, new FolderAccessCard(this, me));
        }
        shown = now;
    }

    private Card redraw(@Nullable Card old, Card fresh) {
        cards.replace(Objects.requireNonNull(old), fresh);
        return fresh;
    }

    /**
     * What the cards show: the grants to and by the learner (each with whether it holds today)
     * and the names of the learner's own folders (shared in the older model).
     */
    private record Shown(List<List<Object>> toMe, List<List<Object>> byMe, List<List<Object>> folders) {

        static Shown now(AccessView view, Actor me) {
            return new Shown(held(view, view.readAccess.receivedBy(me)), held(view, view.readAccess.givenBy(me)),
                    view.post.folders(Mailbox.own(me)).stream().filter(f -> f.ref().isCustom())
                            .map(f -> List.<Object>of(f.ref(), f.name())).toList());
        }

        private static List<List<Object>> held(AccessView view, List<Grant> grants) {
            return grants.stream().map(g -> List.<Object>of(g, view.readAccess.holds(g))).toList();
        }
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
