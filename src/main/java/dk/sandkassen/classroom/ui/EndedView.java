package dk.sandkassen.classroom.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.sandkassen.classroom.ClassRoutes;

/** After the class: thanks, and that everything practised is gone. It creates no sandbox. */
@Route(ClassRoutes.ENDED)
class EndedView extends Div implements HasDynamicTitle {

    EndedView() {
        addClassName("sk-page");
        Anchor again = new Anchor("/", getTranslation("class.ended.again"));
        again.getElement().setAttribute("router-ignore", true);
        again.addClassName("sk-button-link");
        add(new H1(getTranslation("class.ended.title")), new Paragraph(getTranslation("class.ended.text")), again);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("class.ended.title");
    }
}
