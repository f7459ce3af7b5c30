package dk.sandkassen.scenario.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dk.sandkassen.scenario.Exercise;
import dk.sandkassen.scenario.ExerciseLibrary;
import dk.sandkassen.scenario.Topic;
import dk.sandkassen.shared.ui.Badge;
import java.util.List;

/**
 * The exercises, by topic and level, in the learner's language. "Start" gives a fresh
 * sandbox set up for the exercise; each has a printable one-page guide.
 */
@Route(ScenarioNavigation.CATALOGUE)
class CatalogueView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ExerciseLibrary library;
    private final ExerciseStarter starter;
    private final HandoutLinks handouts;
    private final Div topics = new Div();

    CatalogueView(ExerciseLibrary library, ExerciseStarter starter, HandoutLinks handouts) {
        this.library = library;
        this.starter = starter;
        this.handouts = handouts;
        addClassNames("sk-page", "sk-catalogue");
        Paragraph lead = new Paragraph(getTranslation("catalogue.lead"));
        lead.addClassName("sk-lead");
        RouterLink teachers = new RouterLink(getTranslation("catalogue.for-teachers"), TeacherView.class);
        teachers.setId("for-teachers");
        add(new H1(getTranslation("catalogue.title")), lead, new Paragraph(teachers), topics);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Read on every visit: a teacher's new file shows up without a restart.
        topics.removeAll();
        List<Exercise> all = library.all().stream().sorted(ExerciseLibrary.CATALOGUE_ORDER).toList();
        for (Topic topic : Topic.values()) {
            List<Exercise> here = all.stream().filter(e -> e.topic() == topic).toList();
            if (here.isEmpty()) {
                continue;
            }
            H2 heading = new H2(getTranslation("scenario.topic." + topic.id()));
            heading.setId("topic-" + topic.id());
            Div cards = new Div();
            cards.addClassName("sk-cards");
            here.forEach(exercise -> cards.add(card(exercise)));
            Section section = new Section(heading, cards);
            section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
            section.addClassName("sk-topic");
            topics.add(section);
        }
        if (all.isEmpty()) {
            topics.add(new Paragraph(getTranslation("catalogue.none")));
        }
    }

    private Article card(Exercise exercise) {
        H3 title = new H3(exercise.title().in(getLocale()));
        title.setId("exercise-" + exercise.id() + "-title");
        Badge level = new Badge(getTranslation("scenario.level." + exercise.level().id()), exercise.level().id());
        Span minutes = new Span(getTranslation("catalogue.minutes", exercise.minutes()));
        Span persona = new Span(getTranslation("catalogue.persona", getTranslation("persona." + exercise.persona().id())));
        Div meta = new Div(level, minutes, persona);
        meta.addClassName("sk-exercise-meta");
        Article card = new Article(title, meta);
        if (exercise.summary() != null) {
            card.add(new Paragraph(exercise.summary().in(getLocale())));
        }
        Button start = new Button(getTranslation("catalogue.start"), e -> UI.getCurrent().navigate(starter.start(exercise)));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("start-" + exercise.id());
        start.getElement().setAttribute("aria-describedby", title.getId().orElseThrow());
        Anchor guide = new Anchor(handouts.download(exercise, this), getTranslation("catalogue.handout"));
        guide.setTarget("_blank");
        guide.getElement().setAttribute("aria-describedby", title.getId().orElseThrow());
        Div actions = new Div(start, guide);
        actions.addClassName("sk-exercise-actions");
        card.add(actions);
        card.addClassName("sk-card");
        card.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        card.getElement().setAttribute("data-exercise", exercise.id());
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.page-title");
    }
}
