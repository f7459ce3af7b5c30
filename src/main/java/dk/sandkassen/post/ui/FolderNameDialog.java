package dk.sandkassen.post.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import dk.sandkassen.post.Folder;
import dk.sandkassen.post.FolderService;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** "Opret mappe" or "Omdøb mappe": a name, said wrong kindly, the typed text kept. */
class FolderNameDialog extends Dialog {

    FolderNameDialog(DigitalPostView view, @Nullable Folder renaming) {
        setHeaderTitle(getTranslation(renaming == null ? "folder.create" : "folder.rename"));
        addClassName("sk-dialog");
        TextField name = new TextField(getTranslation("folder.name"));
        name.setId("folder-name");
        name.setMaxLength(FolderService.MAX_NAME_LENGTH + 20);
        name.setHelperText(getTranslation("folder.name-help"));
        name.setWidthFull();
        if (renaming != null) {
            name.setValue(renaming.name());
        }
        Button save = new Button(getTranslation(renaming == null ? "folder.create-confirm" : "folder.rename-confirm"), e -> {
            Optional<String> problem;
            if (renaming == null) {
                FolderService.Result result = view.folders().create(view.mailbox(), name.getValue());
                problem = result.problem();
                result.folder().ifPresent(ref -> {
                    close();
                    view.refresh();
                    view.notice().show(dk.sandkassen.shared.ui.Notice.Kind.SUCCESS,
                            getTranslation("folder.created", name.getValue().strip()));
                });
            } else {
                problem = view.folders().rename(view.mailbox(), renaming.ref().customId(), name.getValue());
                if (problem.isEmpty()) {
                    close();
                    view.refresh();
                    view.notice().show(dk.sandkassen.shared.ui.Notice.Kind.SUCCESS,
                            getTranslation("folder.renamed", name.getValue().strip()));
                }
            }
            problem.ifPresent(key -> {
                name.setErrorMessage(getTranslation(key, String.valueOf(FolderService.MAX_NAME_LENGTH)));
                name.setInvalid(true);
                name.focus();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        add(name);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        addOpenedChangeListener(e -> name.focus());
    }
}
