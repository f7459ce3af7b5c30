package dk.sandkassen.login.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import dk.sandkassen.login.Credentials;
import dk.sandkassen.shared.ui.Card;
import dk.sandkassen.shared.ui.FactList;

/** The learner's practice credentials, on the welcome page: what to type where. */
public class CredentialsCard extends Card {

    public CredentialsCard(Credentials credentials, String keyCardNumber) {
        super("");
        setTitle(getTranslation("credentials.title"));
        addClassName("sk-credentials");
        FactList nemId = new FactList()
                .fact(getTranslation("credentials.nemid-user-id"), credentials.cpr().formatted())
                .fact(getTranslation("credentials.nemid-password"), credentials.nemIdPassword())
                .fact(getTranslation("credentials.key-card"), keyCardNumber);
        nemId.setId("credentials-nemid");
        FactList mitId = new FactList()
                .fact(getTranslation("credentials.mitid-user-id"), credentials.mitIdUserId())
                .fact(getTranslation("credentials.mitid-password"), credentials.mitIdPassword())
                .fact(getTranslation("credentials.app-pin"), credentials.appPin());
        mitId.setId("credentials-mitid");
        Paragraph nemIdHeading = new Paragraph(getTranslation("login.method.nemid"));
        nemIdHeading.addClassName("sk-subheading");
        Paragraph mitIdHeading = new Paragraph(getTranslation("login.method.mitid"));
        mitIdHeading.addClassName("sk-subheading");
        Button logIn = new Button(getTranslation("credentials.log-in"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(LoginNavigation.CHOOSE)));
        logIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        RouterLink details = new RouterLink(getTranslation("credentials.details"), MyDetailsView.class);
        Div actions = new Div(logIn, details);
        actions.addClassName("sk-actions");
        add(mitIdHeading, mitId, nemIdHeading, nemId, actions);
    }
}
