package dk.sandkassen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import dk.sandkassen.sandbox.CurrentSandbox;

/** "Afslut": deletes the sandbox at once and ends the browser session. */
class EndDialog extends Dialog {

    EndDialog(CurrentSandbox currentSandbox) {
        setHeaderTitle(getTranslation("end.title"));
        addClassName("sk-dialog");
        add(new Paragraph(getTranslation("end.text")));
        Button confirm = new Button(getTranslation("end.confirm"), e -> {
            currentSandbox.end();
            close();
            UI.getCurrent().getPage().setLocation(GoodbyeView.ROUTE + "?lang=" + getLocale().getLanguage());
            VaadinSession.getCurrent().getSession().invalidate();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }
}
