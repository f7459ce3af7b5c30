package dk.sandkassen.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import dk.sandkassen.login.CurrentLogin;
import dk.sandkassen.login.LoggedIn;
import dk.sandkassen.login.MitIdService;
import dk.sandkassen.login.ui.LogOut;
import dk.sandkassen.login.ui.LoginNavigation;
import dk.sandkassen.post.PostSettings;
import dk.sandkassen.post.ui.PostNavigation;
import dk.sandkassen.safety.ui.SafetyNavigation;
import dk.sandkassen.safety.ui.SafetyPhone;
import dk.sandkassen.sandbox.CurrentSandbox;
import dk.sandkassen.sandbox.SandboxEvents;
import dk.sandkassen.scenario.ui.ExercisePanel;
import dk.sandkassen.scenario.ui.ScenarioNavigation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The frame of every page: a skip link, the practice banner that never goes away, the site
 * header with the main navigation, the page itself, and a footer.
 */
@Layout
class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final PracticeBanner banner;
    private final PhoneDock phone;
    private final CurrentLogin currentLogin;
    private final CurrentSandbox currentSandbox;
    private final Div session = new Div();
    private List<Object> sessionShown = List.of();
    private final List<Anchor> navLinks = new ArrayList<>();
    private final Main main = new Main();
    private final ExercisePanel exercisePanel;

    MainLayout(CurrentSandbox currentSandbox, CurrentLogin currentLogin, SandboxEvents events, MitIdService mitId,
               PostSettings postSettings, ExercisePanel exercisePanel, dk.sandkassen.scenario.ClassSeats seats,
               SafetyPhone safetyPhone) {
        this.exercisePanel = exercisePanel;
        this.currentLogin = currentLogin;
        this.currentSandbox = currentSandbox;
        addClassName("sk-shell");
        banner = new PracticeBanner(currentSandbox, currentLogin, seats);
        phone = new PhoneDock(currentSandbox, events, mitId, postSettings, currentLogin, safetyPhone);
        phone.addClassName("sk-header-phone");

        Anchor skip = new Anchor("#main", getTranslation("layout.skip-to-content"));
        skip.addClassName("sk-skip-link");

        Header header = new Header(banner, siteHeader());
        main.setId("main");
        main.addClassName("sk-main");
        main.getElement().setAttribute("tabindex", "-1");

        Footer footer = new Footer(new Paragraph(getTranslation("layout.footer")));
        footer.addClassName("sk-footer");
        // The exercise panel sits beside the portal on a wide screen and below it on a phone.
        Div workspace = new Div(main, exercisePanel);
        workspace.addClassName("sk-workspace");
        add(skip, header, workspace, footer);
    }

    private Component siteHeader() {
        Span logo = new Span(getTranslation("app.name"));
        logo.addClassName("sk-logo");
        RouterLink home = new RouterLink();
        home.add(logo);
        home.setRoute(WelcomeView.class);
        home.getElement().setAttribute("aria-label", getTranslation("layout.home"));

        Nav nav = new Nav();
        nav.addClassName("sk-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        navLinks.add(link("nav.welcome", ""));
        navLinks.add(link("nav.log-in", LoginNavigation.CHOOSE));
        navLinks.add(link("nav.post", PostNavigation.MAILBOX));
        navLinks.add(link("nav.selfservice", "selvbetjening"));
        navLinks.add(link("nav.fuldmagt", "fuldmagt"));
        navLinks.add(link("nav.my-details", LoginNavigation.MY_DETAILS));
        navLinks.add(link("nav.exercises", ScenarioNavigation.CATALOGUE));
        navLinks.forEach(nav::add);

        session.addClassName("sk-session");
        // The phone's button sits in the header, never floating over letters, key cards or lists.
        Div bar = new Div(home, nav, session, phone);
        bar.addClassName("sk-site-header");
        return bar;
    }

    /** A link the router follows without reloading the page. */
    private Anchor link(String key, String route) {
        Anchor link = new Anchor(route.isEmpty() ? "." : route, getTranslation(key));
        link.getElement().setAttribute("router-link", true);
        link.getElement().setProperty("route", route);
        return link;
    }

    /** "Logget på som …" and "Log af" while logged in to the simulated services. */
    private void refreshSession() {
        Optional<LoggedIn> now = currentLogin.get();
        List<Object> shown = List.of(now, getLocale());
        if (shown.equals(sessionShown)) {
            return; // the same login in the same language as on the last page: nothing to redraw
        }
        sessionShown = shown;
        session.removeAll();
        now.ifPresent(login -> {
            String name = currentSandbox.get().household().person(login.role()).orElseThrow().fullName();
            Span who = new Span(getTranslation("layout.logged-in-as", name));
            Button logOut = new Button(getTranslation("login.log-out"), e -> LogOut.now(currentLogin));
            logOut.setId("log-out");
            logOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            session.add(who, logOut);
        });
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(Objects.requireNonNull(content.getElement()));
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        banner.refresh();
        refreshSession();
        phone.follow();
        if (SafetyNavigation.opensFromPhone(event.getLocation().getPath())) {
            // A link followed on the phone: the page it opened is what to look at now.
            phone.setOpen(false);
        }
        exercisePanel.refresh();
        getElement().setAttribute("data-exercise", exercisePanel.isVisible());
        String path = event.getLocation().getPath();
        for (Anchor link : navLinks) {
            String route = link.getElement().getProperty("route", "");
            boolean current = route.isEmpty() ? path.isEmpty() : path.equals(route) || path.startsWith(route + "/");
            link.getElement().setAttribute("highlight", current);
            if (current) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        }
    }
}
