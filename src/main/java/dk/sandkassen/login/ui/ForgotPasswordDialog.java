package dk.sandkassen.login.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** "Glemt adgangskode?": how it really worked, and where the password is in Sandkassen. */
class ForgotPasswordDialog extends Dialog {

    ForgotPasswordDialog() {
        setHeaderTitle(getTranslation("forgot.title"));
        addClassName("sk-dialog");
        add(new Paragraph(getTranslation("forgot.real")),
                new UnorderedList(new ListItem(getTranslation("forgot.step-order")),
                        new ListItem(getTranslation("forgot.step-wait")),
                        new ListItem(getTranslation("forgot.step-blocked")),
                        new ListItem(getTranslation("forgot.step-use"))),
                new Paragraph(getTranslation("forgot.here")));
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }
}
