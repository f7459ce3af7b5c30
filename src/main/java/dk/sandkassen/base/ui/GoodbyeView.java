package dk.sandkassen.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/** Shown after "Afslut". It deliberately creates no sandbox. */
@Route(GoodbyeView.ROUTE)
class GoodbyeView extends Div implements HasDynamicTitle {

    static final String ROUTE = "farvel";

    GoodbyeView() {
        addClassName("sk-page");
        RouterLink again = new RouterLink(getTranslation("goodbye.again"), WelcomeView.class);
        again.addClassName("sk-button-link");
        add(new H1(getTranslation("goodbye.title")), new Paragraph(getTranslation("goodbye.text")), again);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("goodbye.page-title");
    }
}
