package dk.sandkassen.login.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dk.sandkassen.login.CurrentLogin;
import dk.sandkassen.shared.ui.Notice;

/** "Log på": MitID, as today, or NemID, as it was. */
@Route(LoginNavigation.CHOOSE)
class LoginChoiceView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final CurrentLogin currentLogin;
    private final dk.sandkassen.sandbox.CurrentSandbox currentSandbox;

    LoginChoiceView(CurrentLogin currentLogin, dk.sandkassen.sandbox.CurrentSandbox currentSandbox) {
        this.currentLogin = currentLogin;
        this.currentSandbox = currentSandbox;
        addClassName("sk-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters carry = LoginNavigation.carry(event.getLocation().getQueryParameters());
        removeAll();
        H1 title = new H1(getTranslation("login.choose-title"));
        Paragraph lead = new Paragraph(getTranslation("login.choose-lead"));
        lead.addClassName("sk-lead");
        add(title, lead);
        if (event.getLocation().getQueryParameters().getSingleParameter("logget-af").isPresent()) {
            add(Notice.of(Notice.Kind.SUCCESS, getTranslation("login.logged-out")));
        }
        currentLogin.get().ifPresent(login -> add(Notice.of(Notice.Kind.INFO, getTranslation("login.already"))));
        dk.sandkassen.identity.Role as = LoginNavigation.person(event.getLocation().getQueryParameters());
        if (as.isRelative()) {
            currentSandbox.get().household().person(as).ifPresent(person -> add(Notice.of(Notice.Kind.INFO,
                    getTranslation("login.as-relative", getTranslation("role." + as.id()).toLowerCase(java.util.Locale.ROOT),
                            person.fullName(), getTranslation("pronoun." + person.sex().name().toLowerCase(java.util.Locale.ROOT))))));
        }

        Div cards = new Div(option("mitid", LoginNavigation.MITID, carry), option("nemid", LoginNavigation.NEMID, carry));
        cards.addClassName("sk-cards");
        RouterLink details = new RouterLink(getTranslation("login.see-credentials"), MyDetailsView.class);
        add(cards, new Paragraph(details));
    }

    private Div option(String method, String route, QueryParameters carry) {
        H2 heading = new H2(getTranslation("login.option." + method + ".title"));
        Paragraph text = new Paragraph(getTranslation("login.option." + method + ".text"));
        Button go = new Button(getTranslation("login.option." + method + ".button"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(route, carry)));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Div card = new Div(heading, text, go);
        card.addClassNames("sk-card", "sk-login-option");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.choose-page-title");
    }
}
