package dk.sandkassen.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
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
import dk.sandkassen.sandbox.CurrentSandbox;
import java.util.Objects;

/**
 * The frame of every page: a skip link, the practice banner that never goes away, the site
 * header with the main navigation, the page itself, and a footer.
 */
@Layout
class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final PracticeBanner banner;
    private final Main main = new Main();

    MainLayout(CurrentSandbox currentSandbox) {
        addClassName("sk-shell");
        banner = new PracticeBanner(currentSandbox);

        Anchor skip = new Anchor("#main", getTranslation("layout.skip-to-content"));
        skip.addClassName("sk-skip-link");

        Header header = new Header(banner, siteHeader());
        main.setId("main");
        main.addClassName("sk-main");
        main.getElement().setAttribute("tabindex", "-1");

        Footer footer = new Footer(new Paragraph(getTranslation("layout.footer")));
        footer.addClassName("sk-footer");
        add(skip, header, main, footer);
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
        nav.add(link("nav.welcome", WelcomeView.class));

        Div bar = new Div(home, nav);
        bar.addClassName("sk-site-header");
        return bar;
    }

    private RouterLink link(String key, Class<? extends Component> target) {
        RouterLink link = new RouterLink(getTranslation(key), target);
        link.setHighlightCondition((l, event) -> event.getLocation().getPath().equals(l.getHref()));
        return link;
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
    }
}
