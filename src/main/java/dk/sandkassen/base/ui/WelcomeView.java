package dk.sandkassen.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.sandkassen.identity.Person;
import dk.sandkassen.identity.Persona;
import dk.sandkassen.identity.Role;
import com.vaadin.flow.component.details.Details;
import dk.sandkassen.login.CredentialService;
import dk.sandkassen.login.Credentials;
import dk.sandkassen.login.CurrentLogin;
import dk.sandkassen.login.ui.LoginNavigation;
import dk.sandkassen.login.ui.CredentialsCard;
import dk.sandkassen.sandbox.CurrentSandbox;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxService;
import dk.sandkassen.scenario.Exercises;
import dk.sandkassen.shared.ui.ConfirmDialog;
import dk.sandkassen.shared.ui.Badge;
import dk.sandkassen.shared.ui.Card;
import dk.sandkassen.shared.ui.FactList;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** "Velkommen til Sandkassen": who the learner is today, their relatives, and who else they can be. */
@Route("")
class WelcomeView extends Div implements HasDynamicTitle {

    private final CurrentSandbox currentSandbox;
    private final CredentialService credentials;
    private final CurrentLogin currentLogin;
    private final Exercises exercises;

    private final dk.sandkassen.scenario.ClassSeats seats;

    WelcomeView(CurrentSandbox currentSandbox, CredentialService credentials, CurrentLogin currentLogin,
                Exercises exercises, dk.sandkassen.scenario.ClassSeats seats) {
        this.seats = seats;
        this.currentSandbox = currentSandbox;
        this.exercises = exercises;
        this.credentials = credentials;
        this.currentLogin = currentLogin;
        addClassName("sk-page");
        Sandbox sandbox = currentSandbox.get();

        H1 title = new H1(getTranslation("welcome.title"));
        Paragraph lead = new Paragraph(getTranslation("welcome.lead"));
        lead.addClassName("sk-lead");

        CredentialsCard login = new CredentialsCard(credentials.credentials(sandbox, Role.SELF),
                credentials.keyCard(sandbox, Role.SELF).cardNumber());
        Card classCard = new Card(getTranslation("class.code.card"), new Paragraph(getTranslation("class.code.card-lead")),
                new dk.sandkassen.classroom.ui.CodeEntry());
        classCard.setId("welcome-class");
        Div cards = new Div(citizenCard(sandbox.citizen()), login, classCard, relativesCard(sandbox), personaCard(sandbox));
        cards.addClassName("sk-cards");
        add(title, lead, cards);
    }

    private Card citizenCard(Person citizen) {
        Span name = new Span(citizen.fullName());
        name.addClassName("sk-person-name");
        name.setId("citizen-name");
        Span cpr = new Span(citizen.cpr().formatted());
        cpr.setId("citizen-cpr");
        FactList facts = new FactList()
                .fact(getTranslation("person.cpr"), cpr, new Badge(getTranslation("person.fictitious"), "fictitious"))
                .fact(getTranslation("person.born"), getTranslation("person.born-value",
                        date(citizen.birthDate()), citizen.ageOn(LocalDate.now())))
                .fact(getTranslation("person.address"), citizen.address().toString())
                .fact(getTranslation("person.phone"), citizen.phone())
                .fact(getTranslation("person.email"), citizen.email());
        Paragraph note = new Paragraph(getTranslation("person.cpr-note"));
        note.addClassName("sk-note");
        return new Card(getTranslation("welcome.who-are-you"), name, facts, note);
    }

    private Card relativesCard(Sandbox sandbox) {
        UnorderedList list = new UnorderedList();
        list.addClassName("sk-relatives");
        for (Person relative : sandbox.household().relatives()) {
            Span role = new Span(getTranslation("role." + relative.role().id()));
            role.addClassName("sk-relative-role");
            Span name = new Span(relative.fullName());
            name.addClassName("sk-relative-name");
            Span details = new Span(getTranslation("welcome.relative-details",
                    relative.ageOn(LocalDate.now()), relative.cpr().formatted()));
            details.addClassName("sk-relative-details");
            Credentials login = credentials.credentials(sandbox, relative.role());
            Details logins = new Details(getTranslation("welcome.relative-credentials"), new FactList()
                    .fact(getTranslation("credentials.mitid-user-id"), login.mitIdUserId())
                    .fact(getTranslation("credentials.mitid-password"), login.mitIdPassword())
                    .fact(getTranslation("credentials.app-pin"), login.appPin())
                    .fact(getTranslation("credentials.nemid-password"), login.nemIdPassword()));
            logins.addClassName("sk-relative-logins");
            String roleName = getTranslation("role." + relative.role().id()).toLowerCase(java.util.Locale.ROOT);
            Button logInAs = new Button(getTranslation("welcome.log-in-as", roleName), e -> {
                currentLogin.logout();
                LoginNavigation.toLoginAs(relative.role());
            });
            logInAs.addThemeVariants(ButtonVariant.LUMO_SMALL);
            logInAs.setId("log-in-as-" + relative.role().id());
            list.add(new ListItem(role, name, details, logins, logInAs));
        }
        Paragraph note = new Paragraph(getTranslation("welcome.relatives-note"));
        note.addClassName("sk-note");
        return new Card(getTranslation("welcome.relatives"), list, note);
    }

    private Card personaCard(Sandbox sandbox) {
        boolean inClass = seats.seat(sandbox.id()).isPresent();
        RadioButtonGroup<Persona> personas = new RadioButtonGroup<>(getTranslation("welcome.persona-label"));
        personas.setItems(Persona.values());
        personas.setItemLabelGenerator(p -> getTranslation("persona." + p.id()));
        personas.setValue(sandbox.persona());
        personas.addThemeName("vertical");
        personas.setId("persona-choice");
        if (inClass) {
            // In a class the teacher's lesson decides who the learners are.
            personas.setEnabled(false);
            personas.setHelperText(getTranslation("class.persona-locked"));
        }

        Runnable switchPersona = () -> {
            currentSandbox.replace(personas.getValue(), SandboxService.newSeed());
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(true));
        };
        Button change = new Button(getTranslation("welcome.persona-change"), e -> {
            // A new person wipes everything done so far: ask first when there is something to lose.
            if (exercises.hasProgress(currentSandbox.get())) {
                new ConfirmDialog(getTranslation("welcome.persona-confirm.title"),
                        getTranslation("welcome.persona-confirm.text"), getTranslation("welcome.persona-change"),
                        switchPersona).open();
            } else {
                switchPersona.run();
            }
        });
        change.setId("persona-change");
        change.setEnabled(!inClass);
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Paragraph seed = new Paragraph(getTranslation("welcome.seed", String.valueOf(sandbox.seed())));
        seed.addClassName("sk-note");
        seed.setId("sandbox-seed");
        return new Card(getTranslation("welcome.persona-title"), personas, change, seed);
    }

    private String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("welcome.page-title");
    }
}
