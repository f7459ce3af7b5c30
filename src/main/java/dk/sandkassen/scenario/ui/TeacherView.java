package dk.sandkassen.scenario.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import dk.sandkassen.shared.ui.Notice;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.sandkassen.scenario.Exercise;
import dk.sandkassen.scenario.ExerciseLibrary;
import dk.sandkassen.scenario.ScenarioProblem;
import dk.sandkassen.scenario.Topic;
import dk.sandkassen.shared.QrCode;
import dk.sandkassen.shared.ui.Card;
import java.io.InputStream;
import java.util.List;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * For teachers and volunteers: how many exercises are loaded and from where, every problem in
 * their files (file, line, column and the fix), and for each exercise the link, a QR code and
 * the printable guide. The page re-reads on each visit, so a fixed file shows up at once.
 */
@Route(ScenarioNavigation.TEACHER)
class TeacherView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ExerciseLibrary library;
    private final HandoutLinks handouts;
    private final Div cards = new Div();

    TeacherView(ExerciseLibrary library, HandoutLinks handouts) {
        this.library = library;
        this.handouts = handouts;
        addClassNames("sk-page", "sk-teacher");
        Paragraph lead = new Paragraph(getTranslation("teacher.lead"));
        lead.addClassName("sk-lead");
        cards.addClassName("sk-cards");
        add(new H1(getTranslation("teacher.title")), lead, cards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        library.refreshIfChanged();
        ExerciseLibrary.Snapshot snapshot = library.snapshot();
        cards.removeAll();
        handouts.localOnlyInsteadUse().ifPresent(addresses -> {
            Notice localOnly = Notice.of(Notice.Kind.WARNING, addresses.isEmpty()
                    ? getTranslation("teacher.local-only") : getTranslation("teacher.local-only-use", String.join("  ", addresses)));
            localOnly.setId("teacher-local-only");
            localOnly.addClassName("sk-card-wide");
            cards.add(localOnly);
        });
        cards.add(classCard(), files(snapshot), exercises(snapshot));
    }

    /**
     * "Start et hold". By path, not by the view's class: the classroom feature builds on this
     * one, so this one must not know it (ClassroomJourneyIT follows the link).
     */
    private Card classCard() {
        Card card = new Card(getTranslation("teacher.class.start"));
        card.addClassName("sk-card-wide");
        Anchor start = new Anchor("hold/ny", getTranslation("teacher.class.start"));
        start.setId("teacher-start-class");
        start.addClassName("sk-button-link");
        card.add(new Paragraph(getTranslation("teacher.class.lead")), start);
        return card;
    }

    private Card files(ExerciseLibrary.Snapshot snapshot) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .format(snapshot.loadedAt().atZone(ZoneId.systemDefault()));
        Card card = new Card(getTranslation("teacher.files.title"));
        card.setId("teacher-files");
        card.addClassName("sk-card-wide");
        card.add(new Paragraph(getTranslation("teacher.files.loaded", snapshot.exercises().size(), snapshot.files(), when,
                snapshot.lessons().size())));
        card.add(new Paragraph(library.teacherFolder()
                .map(folder -> getTranslation("teacher.files.folder", folder.toString()))
                .orElse(getTranslation("teacher.files.no-folder"))));
        if (snapshot.problems().isEmpty()) {
            Paragraph ok = new Paragraph(getTranslation("teacher.files.ok"));
            ok.setId("teacher-no-problems");
            card.add(ok);
        } else {
            card.add(new Paragraph(getTranslation("teacher.files.problems", snapshot.problems().size())));
            UnorderedList list = new UnorderedList();
            list.setId("teacher-problems");
            for (ScenarioProblem problem : snapshot.problems()) {
                Code where = new Code(problem.file() + ":" + problem.line() + ":" + problem.column() + ":");
                list.add(new ListItem(where, new Span(" " + problem.message(getLocale()))));
            }
            card.add(list);
        }
        Anchor schema = new Anchor(DownloadHandler.fromInputStream(event -> {
            InputStream in = TeacherView.class.getResourceAsStream("/scenarios/scenario.schema.json");
            return in == null ? DownloadResponse.error(404)
                    : new DownloadResponse(in, "scenario.schema.json", "application/schema+json", -1);
        }), getTranslation("teacher.files.schema"));
        schema.setId("teacher-schema");
        card.add(new Paragraph(getTranslation("teacher.files.how")), new Paragraph(schema));
        return card;
    }

    /** The exercises by topic, as in the catalogue, so a teacher finds a topic's exercises together. */
    private Card exercises(ExerciseLibrary.Snapshot snapshot) {
        Card card = new Card(getTranslation("teacher.links.title"));
        card.addClassName("sk-card-wide");
        card.add(new Paragraph(getTranslation("teacher.links.lead")));
        List<Exercise> all = snapshot.exercises().stream().sorted(ExerciseLibrary.CATALOGUE_ORDER).toList();
        for (Topic topic : Topic.values()) {
            List<Exercise> here = all.stream().filter(e -> e.topic() == topic).toList();
            if (here.isEmpty()) {
                continue;
            }
            H3 heading = new H3(getTranslation("scenario.topic." + topic.id()));
            heading.setId("teacher-topic-" + topic.id());
            heading.addClassName("sk-teacher-topic");
            UnorderedList list = new UnorderedList();
            list.addClassName("sk-teacher-links");
            list.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
            here.forEach(exercise -> list.add(item(exercise)));
            card.add(heading, list);
        }
        return card;
    }

    private ListItem item(Exercise exercise) {
        String url = handouts.startUrl(exercise);
        Image qr = new Image(QrCode.svgDataUri(url), getTranslation("teacher.links.qr", exercise.title().in(getLocale())));
        qr.addClassName("sk-teacher-qr");
        Span title = new Span(exercise.id() + " · " + exercise.title().in(getLocale()));
        title.addClassName("sk-teacher-title");
        title.setId("teacher-" + exercise.id());
        Anchor link = new Anchor(url, url);
        Anchor guide = new Anchor(handouts.download(exercise, this), getTranslation("catalogue.handout"));
        guide.setTarget("_blank");
        guide.getElement().setAttribute("aria-describedby", "teacher-" + exercise.id());
        // On a projector the small code cannot be scanned from the back of the room.
        Button large = new Button(getTranslation("teacher.links.show-large"), e -> showLarge(exercise, url));
        large.addThemeVariants(ButtonVariant.LUMO_SMALL);
        large.getElement().setAttribute("aria-describedby", "teacher-" + exercise.id());
        large.addClassName("sk-teacher-large");
        Div text = new Div(title, new Div(link), new Div(guide), large);
        ListItem item = new ListItem(qr, text);
        item.getElement().setAttribute("data-exercise", exercise.id());
        return item;
    }

    private void showLarge(Exercise exercise, String url) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(exercise.title().in(getLocale()));
        dialog.addClassName("sk-qr-large");
        Image qr = new Image(QrCode.svgDataUri(url), getTranslation("teacher.links.qr", exercise.title().in(getLocale())));
        Paragraph address = new Paragraph(url);
        address.addClassName("sk-qr-large-url");
        dialog.add(qr, address);
        Button close = new Button(getTranslation("common.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teacher.page-title");
    }
}
