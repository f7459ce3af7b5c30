package dk.sandkassen.post.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dk.sandkassen.post.Folder;
import dk.sandkassen.post.FolderRef;

/** "Slet mappe": an empty folder goes at once; a folder with letters asks where they should go. */
class DeleteFolderDialog extends Dialog {

    DeleteFolderDialog(DigitalPostView view, Folder folder) {
        setHeaderTitle(getTranslation("folder.delete-title", folder.name()));
        addClassName("sk-dialog");
        RadioButtonGroup<Boolean> letters = new RadioButtonGroup<>(getTranslation("folder.delete-letters"));
        letters.setItems(true, false);
        letters.setItemLabelGenerator(keep -> getTranslation(keep ? "folder.delete-keep" : "folder.delete-discard"));
        letters.setValue(true);
        letters.addThemeName("vertical");
        letters.setId("folder-letters");
        if (folder.letters() > 0) {
            add(new Paragraph(getTranslation("folder.delete-has-letters", folder.letters())), letters);
        } else {
            add(new Paragraph(getTranslation("folder.delete-empty")));
        }
        Button delete = new Button(getTranslation("folder.delete-confirm"), e -> {
            close();
            boolean keep = letters.getValue() == null || letters.getValue();
            view.attempt(() -> view.folders().delete(view.mailbox(), folder.ref().customId(), keep), "folder.deleted-done", folder.name());
            view.navigateToFolder(FolderRef.INBOX);
        });
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), delete);
    }
}
