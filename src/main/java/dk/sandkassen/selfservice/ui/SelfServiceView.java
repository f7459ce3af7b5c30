package dk.sandkassen.selfservice.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.sandkassen.access.Area;
import dk.sandkassen.access.FuldmagtService;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Actor;
import dk.sandkassen.login.CurrentLogin;
import dk.sandkassen.selfservice.Solution;
import dk.sandkassen.shared.ui.Card;
import dk.sandkassen.shared.ui.Notice;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Selvbetjening", like borger.dk's: the solutions by subject, and — for someone who holds a
 * fuldmagt — the solutions they can use on the giver's behalf, exactly those it covers.
 */
@Route("selvbetjening")
class SelfServiceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The subjects of the page, in order, with their solutions. */
    private static final List<List<Solution>> SUBJECTS = List.of(
            List.of(Solution.DOCTOR, Solution.PRESCRIPTIONS), List.of(Solution.MOVE), List.of(Solution.TAX));
    private static final List<String> SUBJECT_KEYS = List.of("health", "moving", "tax");

    private final CurrentLogin currentLogin;
    private final FuldmagtService fuldmagter;

    SelfServiceView(CurrentLogin currentLogin, FuldmagtService fuldmagter) {
        this.currentLogin = currentLogin;
        this.fuldmagter = fuldmagter;
        addClassNames("sk-page", "sk-selfservice");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Paragraph lead = new Paragraph(getTranslation("selfservice.lead"));
        lead.addClassName("sk-lead");
        add(new H1(getTranslation("selfservice.title")), lead);
        Optional<Actor> me = currentLogin.actor();
        if (me.isEmpty()) {
            add(Notice.of(Notice.Kind.INFO, getTranslation("selfservice.log-in-first")));
        }
        Div subjects = new Div();
        subjects.addClassName("sk-cards");
        subjects.setId("selfservice-solutions");
        for (int i = 0; i < SUBJECTS.size(); i++) {
            UnorderedList list = new UnorderedList();
            list.addClassName("sk-solutions");
            for (Solution solution : SUBJECTS.get(i)) {
                list.add(tile(solution, null));
            }
            subjects.add(new Card(getTranslation("selfservice.subject." + SUBJECT_KEYS.get(i)), list));
        }
        add(subjects);
        me.ifPresent(this::onBehalf);
    }

    /** "På vegne af andre": one card per person who gave the actor a fuldmagt for a solution's area. */
    private void onBehalf(Actor me) {
        Div cards = new Div();
        cards.addClassName("sk-cards");
        cards.setId("selfservice-behalf");
        for (Role giver : fuldmagter.givers(me)) {
            Set<Area> areas = fuldmagter.areas(me, giver);
            String name = me.sandbox().household().person(giver).orElseThrow().fullName();
            UnorderedList list = new UnorderedList();
            list.addClassName("sk-solutions");
            for (Solution solution : Solution.values()) {
                if (areas.contains(solution.area())) {
                    list.add(tile(solution, giver));
                }
            }
            if (list.getChildren().findAny().isPresent()) {
                cards.add(new Card(getTranslation("selfservice.behalf-title", name), list));
            }
        }
        if (cards.getChildren().findAny().isPresent()) {
            Section section = new Section(new H2(getTranslation("selfservice.behalf-heading")),
                    new Paragraph(getTranslation("selfservice.behalf-lead")), cards);
            add(section);
        }
    }

    private ListItem tile(Solution solution, @org.jspecify.annotations.Nullable Role giver) {
        String path = "selvbetjening/" + solution.path() + (giver == null ? "" : "/" + giver.id());
        Anchor go = new Anchor(path, getTranslation("selfservice." + solution.id() + ".title"));
        go.getElement().setAttribute("router-link", true);
        go.setId("go-" + solution.path() + (giver == null ? "" : "-" + giver.id()));
        H3 heading = new H3(go);
        Paragraph text = new Paragraph(getTranslation("selfservice." + solution.id() + ".summary"));
        text.addClassName("sk-note");
        ListItem item = new ListItem(heading, text);
        item.addClassName("sk-solution");
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("selfservice.page-title");
    }
}
