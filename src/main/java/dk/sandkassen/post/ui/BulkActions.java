package dk.sandkassen.post.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dk.sandkassen.post.FolderRef;
import dk.sandkassen.post.Letter;
import dk.sandkassen.post.Permissions;
import java.util.List;
import java.util.Set;

/** What to do with the selected letters: mark read or unread, move, delete (or restore). */
class BulkActions extends Div {

    private final DigitalPostView view;
    private final MessageList messages;
    private final Span selected = new Span();
    private final Button read = new Button();
    private final Button unread = new Button();
    private final Button move = new Button();
    private final Button delete = new Button();
    private final Button restore = new Button();
    private final Button purge = new Button();

    BulkActions(DigitalPostView view, MessageList messages) {
        this.view = view;
        this.messages = messages;
        addClassName("sk-bulk");
        getElement().setAttribute("role", "toolbar");
        getElement().setAttribute("aria-label", getTranslation("post.bulk"));
        read.setText(getTranslation("post.mark-read"));
        read.addClickListener(e -> act(ids -> view.post().markUnread(view.mailbox(), ids, false), "post.marked-read"));
        unread.setText(getTranslation("post.mark-unread"));
        unread.addClickListener(e -> act(ids -> view.post().markUnread(view.mailbox(), ids, true), "post.marked-unread"));
        move.setText(getTranslation("post.move"));
        move.addClickListener(e -> new MoveDialog(view, ids(), messages::clearSelection).open());
        delete.setText(getTranslation("post.delete"));
        delete.addClickListener(e -> act(ids -> view.post().delete(view.mailbox(), ids), "post.deleted"));
        restore.setText(getTranslation("post.restore"));
        restore.addClickListener(e -> act(ids -> view.post().restore(view.mailbox(), ids), "post.restored"));
        purge.setText(getTranslation("post.purge"));
        purge.addThemeVariants(ButtonVariant.LUMO_ERROR);
        purge.addClickListener(e -> new PurgeDialog(view, ids()).open());
        for (Button button : List.of(read, unread, move, delete, restore, purge)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        add(selected, read, unread, move, delete, restore, purge);
        setVisible(false);
    }

    void show(Set<Letter> letters) {
        setVisible(!letters.isEmpty());
        selected.setText(getTranslation("post.selected", String.valueOf(letters.size())));
        Permissions p = view.permissions();
        boolean inDeleted = view.folder().kind() == FolderRef.Kind.DELETED;
        read.setVisible(p.organise());
        unread.setVisible(p.organise());
        move.setVisible(p.organise() && !inDeleted);
        delete.setVisible(p.organise() && !inDeleted);
        restore.setVisible(p.organise() && inDeleted);
        purge.setVisible(p.purge() && inDeleted);
    }

    private List<Long> ids() {
        return messages.selected().stream().map(Letter::id).toList();
    }

    private void act(java.util.function.Consumer<List<Long>> action, String doneKey) {
        List<Long> ids = ids();
        String what = view.what(ids);
        view.attempt(() -> action.accept(ids), doneKey, what);
        messages.clearSelection();
    }
}
