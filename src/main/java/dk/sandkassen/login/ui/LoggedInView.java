package dk.sandkassen.login.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.sandkassen.login.CurrentLogin;
import dk.sandkassen.login.LoggedIn;
import dk.sandkassen.sandbox.CurrentSandbox;
import dk.sandkassen.shared.ui.Notice;

/** "Du er logget på": who, and how. */
@Route(LoginNavigation.LOGGED_IN)
class LoggedInView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final CurrentLogin currentLogin;
    private final CurrentSandbox currentSandbox;

    LoggedInView(CurrentLogin currentLogin, CurrentSandbox currentSandbox) {
        this.currentLogin = currentLogin;
        this.currentSandbox = currentSandbox;
        addClassName("sk-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var login = currentLogin.get();
        if (login.isEmpty()) {
            event.forwardTo(LoginNavigation.CHOOSE);
            return;
        }
        LoggedIn who = login.get();
        String name = currentSandbox.get().household().person(who.role()).orElseThrow().fullName();
        removeAll();
        add(new H1(getTranslation("logged-in.title")),
                Notice.of(Notice.Kind.SUCCESS, getTranslation("logged-in.as", name,
                        getTranslation("login.method." + who.method().id()),
                        getTranslation("mitid.authenticator." + who.authenticator().id()))),
                new Paragraph(getTranslation("logged-in.next")),
                new Button(getTranslation("login.log-out"), e -> LogOut.now(currentLogin)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("logged-in.page-title");
    }
}
