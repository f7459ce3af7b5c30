package dk.sandkassen.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks before something is undone or thrown away; "Annuller" keeps everything as it is. */
public class ConfirmDialog extends Dialog {

    public ConfirmDialog(String title, String text, String confirmText, Runnable confirmed) {
        setHeaderTitle(title);
        addClassName("sk-dialog");
        add(new Paragraph(text));
        Button confirm = new Button(confirmText, e -> {
            close();
            confirmed.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("confirm-wipe");
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("confirm-wipe-cancel");
        getFooter().add(cancel, confirm);
    }
}
