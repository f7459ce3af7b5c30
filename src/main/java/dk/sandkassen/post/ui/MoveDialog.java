package dk.sandkassen.post.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dk.sandkassen.post.Folder;
import dk.sandkassen.post.FolderRef;
import java.util.List;

/** "Flyt til mappe": the keyboard's way to do what drag and drop does. */
class MoveDialog extends Dialog {

    /** @param afterMove what follows: close the open letter, or clear the selection */
    MoveDialog(DigitalPostView view, List<Long> ids, Runnable afterMove) {
        setHeaderTitle(getTranslation("post.move-title", ids.size()));
        addClassName("sk-dialog");
        RadioButtonGroup<Folder> target = new RadioButtonGroup<>(getTranslation("post.move-to"));
        target.setItems(view.post().folders(view.mailbox()).stream()
                .filter(f -> f.ref().kind() == FolderRef.Kind.INBOX || f.ref().isCustom())
                .filter(f -> !f.ref().equals(view.folder()))
                .toList());
        target.setItemLabelGenerator(view::folderName);
        target.addThemeName("vertical");
        target.setId("move-target");
        Button move = new Button(getTranslation("post.move"), e -> {
            if (target.getValue() == null) {
                target.setInvalid(true);
                target.setErrorMessage(getTranslation("post.move-choose"));
                return;
            }
            Folder chosen = target.getValue();
            close();
            String what = view.what(ids);
            view.attempt(() -> view.post().move(view.mailbox(), ids, chosen.ref()), "post.moved", what, view.folderName(chosen));
            afterMove.run();
        });
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button create = new Button(getTranslation("folder.create"), e -> {
            close();
            new FolderNameDialog(view, null).open();
        });
        create.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(target, create);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), move);
    }
}
