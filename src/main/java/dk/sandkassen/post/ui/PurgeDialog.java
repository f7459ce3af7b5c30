package dk.sandkassen.post.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/** "Slet permanent": asks once, because it cannot be undone. */
class PurgeDialog extends Dialog {

    PurgeDialog(DigitalPostView view, List<Long> ids) {
        setHeaderTitle(getTranslation("post.purge-title", ids.size()));
        addClassName("sk-dialog");
        add(new Paragraph(getTranslation("post.purge-text")));
        Button purge = new Button(getTranslation("post.purge"), e -> {
            close();
            String what = view.what(ids);
            view.attempt(() -> view.post().purge(view.mailbox(), ids), "post.purged", what);
            view.messages().clearSelection();
        });
        purge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), purge);
    }
}
