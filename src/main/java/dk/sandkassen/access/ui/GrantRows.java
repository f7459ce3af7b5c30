package dk.sandkassen.access.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dk.sandkassen.access.Grant;
import dk.sandkassen.sandbox.Sandbox;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How a grant is described in a list: who, what rights, until when, and its state. */
final class GrantRows {

    private GrantRows() {
    }

    static Div row(Component owner, Sandbox sandbox, Grant grant, boolean showHelper, Component... actions) {
        return row(owner, sandbox, grant, showHelper, "", actions);
    }

    /** @param folders the names of the folders given (the older model), shown so the owner sees what is shared */
    static Div row(Component owner, Sandbox sandbox, Grant grant, boolean showHelper, String folders, Component... actions) {
        String person = sandbox.household().person(showHelper ? grant.helper() : grant.owner()).orElseThrow().fullName();
        Span name = new Span(person);
        name.addClassName("sk-grant-name");
        String until = grant.expiresOn() == null ? owner.getTranslation("access.until-removed")
                : owner.getTranslation("access.until", grant.expiresOn()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(com.vaadin.flow.component.UI.getCurrent().getLocale())));
        String rights = grant.model() == Grant.Model.FOLDERS
                ? owner.getTranslation("access.folders.rights." + grant.rights().id()) : owner.getTranslation("access.rights." + grant.rights().id());
        Span what = new Span(rights + " · " + until
                + (folders.isBlank() ? "" : " · " + owner.getTranslation("access.folders.shared", folders)));
        what.addClassName("sk-grant-what");
        Span status = new Span(owner.getTranslation("access.status." + grant.status().name().toLowerCase(Locale.ROOT)));
        status.addClassNames("sk-badge", "sk-status-" + grant.status().name().toLowerCase(Locale.ROOT));
        Div text = new Div(name, status, what);
        text.addClassName("sk-grant-text");
        Div buttons = new Div(actions);
        buttons.addClassName("sk-grant-actions");
        Div row = new Div(text, buttons);
        row.addClassName("sk-grant");
        row.getElement().setAttribute("data-grant", String.valueOf(grant.id()));
        return row;
    }
}
