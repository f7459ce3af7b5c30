package dk.sandkassen.access.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** Fremtidsfuldmagt explained; it is made with a notary and is not simulated here. */
@Route("fuldmagt/fremtidsfuldmagt")
class FremtidsfuldmagtView extends Div implements HasDynamicTitle {

    FremtidsfuldmagtView() {
        addClassName("sk-page");
        UnorderedList points = new UnorderedList();
        for (String key : new String[] {"who", "where", "notary", "force", "paper"}) {
            points.add(new ListItem(getTranslation("fuldmagt.future." + key)));
        }
        Paragraph lead = new Paragraph(getTranslation("fuldmagt.future.lead"));
        lead.addClassName("sk-lead");
        add(new H1(getTranslation("fuldmagt.future.title")), lead, points,
                new Paragraph(getTranslation("fuldmagt.future.not-here")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fuldmagt.future.title");
    }
}
