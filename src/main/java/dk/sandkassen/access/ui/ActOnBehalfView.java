package dk.sandkassen.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dk.sandkassen.access.AccessDenied;
import dk.sandkassen.access.Area;
import dk.sandkassen.access.FuldmagtService;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Actor;
import dk.sandkassen.login.CurrentLogin;
import dk.sandkassen.post.Mailbox;
import dk.sandkassen.post.PostService;
import dk.sandkassen.post.CurrentMailbox;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.shared.ui.Notice;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Handl på vegne af": the holder of a fuldmagt sees exactly the areas it covers, and nothing
 * else; each opens a simulated self-service where the holder acts for the giver.
 */
@Route("fuldmagt/paa-vegne-af")
class ActOnBehalfView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    /**
     * The practice self-service solution of each area that has one (selfservice.Solution; named
     * by address here, as the selfservice feature builds on this one and not the other way).
     */
    private static final Map<Area, String> SELF_SERVICE = Map.of(Area.DOCTOR, "laege", Area.MOVING, "flytning",
            Area.TAX, "forskud", Area.HEALTH, "medicin");

    private final CurrentLogin currentLogin;
    private final FuldmagtService fuldmagter;
    private final PostService post;
    private final CurrentMailbox currentMailbox;
    private final Notice notice = new Notice();

    ActOnBehalfView(CurrentLogin currentLogin, FuldmagtService fuldmagter, PostService post,
                    CurrentMailbox currentMailbox) {
        this.currentLogin = currentLogin;
        this.fuldmagter = fuldmagter;
        this.post = post;
        this.currentMailbox = currentMailbox;
        addClassNames("sk-page", "sk-act");
    }

    @Override
    public void setParameter(BeforeEvent event, String giverId) {
        Optional<Actor> me = currentLogin.actor();
        if (me.isEmpty()) {
            event.forwardTo("log-ind", QueryParameters.simple(Map.of("til", "fuldmagt")));
            return;
        }
        Sandbox sandbox = me.get().sandbox();
        Optional<Role> giver = Role.fromId(giverId);
        Set<Area> areas = giver.map(g -> fuldmagter.areas(me.get(), g)).orElse(Set.of());
        removeAll();
        if (giver.isEmpty() || areas.isEmpty()) {
            add(new H1(getTranslation("act.title-none")), Notice.of(Notice.Kind.ERROR, getTranslation("act.none")),
                    new Paragraph(new RouterLink(getTranslation("act.back"), FuldmagtView.class)));
            return;
        }
        String name = sandbox.household().person(giver.get()).orElseThrow().fullName();
        Div tiles = new Div();
        tiles.addClassName("sk-cards");
        tiles.setId("act-areas");
        for (Area area : areas) {
            tiles.add(tile(me.get(), giver.get(), name, area));
        }
        add(new H1(getTranslation("act.title", name)), new Paragraph(getTranslation("act.lead", name)), notice, tiles);
    }

    private Div tile(Actor me, Role giver, String name, Area area) {
        H2 heading = new H2(getTranslation("area." + area.id()));
        Paragraph text = new Paragraph(getTranslation("act.area." + area.id()));
        Button go = new Button(getTranslation("act.go"), e -> {
            try {
                fuldmagter.actFor(me, giver, area);
                if (area == Area.POST) {
                    post.openOthers(new Mailbox(me, giver));
                    currentMailbox.switchTo(giver);
                    e.getSource().getUI().ifPresent(ui -> ui.navigate("post"));
                } else if (SELF_SERVICE.containsKey(area)) {
                    e.getSource().getUI().ifPresent(ui -> ui.navigate("selvbetjening/" + SELF_SERVICE.get(area) + "/" + giver.id()));
                } else {
                    notice.show(Notice.Kind.SUCCESS, getTranslation("act.done", getTranslation("area." + area.id()), name));
                }
            } catch (AccessDenied denied) {
                notice.show(Notice.Kind.ERROR, getTranslation(denied.messageKey()));
            }
        });
        go.getElement().setAttribute("aria-label", getTranslation("act.go-named", getTranslation("area." + area.id()), name));
        Div tile = new Div(heading, text, go);
        tile.addClassNames("sk-card", "sk-area");
        tile.getElement().setAttribute("data-area", area.id());
        return tile;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("act.page-title");
    }
}
