package dk.sandkassen.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.sandkassen.classroom.ClassCode;
import dk.sandkassen.classroom.ClassRoutes;
import dk.sandkassen.classroom.ClassService;
import dk.sandkassen.classroom.Classroom;
import dk.sandkassen.classroom.Member;
import dk.sandkassen.sandbox.CurrentSandbox;
import dk.sandkassen.shared.ui.Notice;
import java.util.Optional;

/**
 * A learner joins a class by its link or code: a friendly nickname is suggested (they may
 * draw another, or type a first name if the teacher allows it), and "Deltag" starts the
 * class's exercise. Nothing else is asked.
 */
@Route(ClassRoutes.JOIN + "/:code")
class JoinView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassService classes;
    private final CurrentSandbox currentSandbox;
    private final ClassStart start;
    private String nickname = "";

    JoinView(ClassService classes, CurrentSandbox currentSandbox, ClassStart start) {
        this.classes = classes;
        this.currentSandbox = currentSandbox;
        this.start = start;
        addClassNames("sk-page", "sk-class-join");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String typed = event.getRouteParameters().get("code").orElse("");
        Optional<Classroom> found = ClassCode.parse(typed).flatMap(classes::byCode);
        if (found.isEmpty()) {
            add(new H1(getTranslation("class.join.not-found-title")),
                    Notice.of(Notice.Kind.WARNING, getTranslation("class.join.not-found", typed.length() > 12 ? typed.substring(0, 12) : typed)),
                    new CodeEntry());
            return;
        }
        Classroom classroom = found.get();
        Optional<Member> already = classes.memberOfSession(currentSandbox.sessionOwner())
                .filter(member -> member.classId().equals(classroom.id()));
        if (already.isPresent()) {
            event.forwardTo(ClassRoutes.CONTINUE);
            return;
        }
        show(classroom);
    }

    private void show(Classroom classroom) {
        nickname = classes.suggestNickname(classroom.id());
        Span name = new Span(nickname);
        name.setId("class-nickname");
        name.addClassName("sk-class-nickname");
        name.getElement().setAttribute("aria-live", "polite");
        Button another = new Button(getTranslation("class.join.another-name"), e -> {
            nickname = classes.suggestNickname(classroom.id());
            name.setText(nickname);
        });
        another.setId("class-another-name");
        Div nameCard = new Div(new Paragraph(getTranslation("class.join.your-name")), name, another);
        nameCard.addClassName("sk-class-name-card");

        TextField firstName = new TextField(getTranslation("class.join.first-name"));
        firstName.setMaxLength(ClassService.MAX_NAME);
        firstName.setHelperText(getTranslation("class.join.first-name-help"));
        firstName.setId("class-first-name");
        firstName.setVisible(classroom.allowNames());

        Notice problem = new Notice();
        Button join = new Button(getTranslation("class.join.join"), e -> {
            String chosen = classroom.allowNames() && !firstName.isEmpty() ? firstName.getValue() : nickname;
            try {
                Member member = classes.join(classroom, currentSandbox.sessionOwner(), chosen);
                String route = start.startCurrent(member, classes.find(classroom.id()).orElseThrow());
                getUI().ifPresent(ui -> ui.navigate(route));
            } catch (ClassService.Refused refused) {
                problem.show(Notice.Kind.ERROR, getTranslation(refused.key(), ClassService.MAX_NAME));
                if (refused.key().equals("class.join.name-taken") && !classroom.allowNames()) {
                    nickname = classes.suggestNickname(classroom.id());
                    name.setText(nickname);
                }
            }
        });
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        join.setId("class-join");

        Paragraph lead = new Paragraph(getTranslation("class.join.lead"));
        lead.addClassName("sk-lead");
        H1 title = new H1(getTranslation("class.join.heading", classroom.title(getLocale())));
        title.setId("class-join-title");
        add(title, lead, nameCard, firstName, problem, join);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("class.join.page-title");
    }
}
