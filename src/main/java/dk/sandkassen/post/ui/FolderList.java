package dk.sandkassen.post.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import dk.sandkassen.post.Folder;
import dk.sandkassen.post.FolderRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The folder list ("Mappeliste"): Indbakke, Kladder, Sendt, Slettet post and the own folders,
 * with their unread counts; letters can be dropped on a folder to move them there.
 */
class FolderList extends Nav {

    private final DigitalPostView view;
    private final UnorderedList list = new UnorderedList();
    private final Button create = new Button();
    private final Map<FolderRef, Button> buttons = new HashMap<>();
    private List<FolderRef> shownRefs = List.of();
    private List<String> shownNames = List.of();

    FolderList(DigitalPostView view) {
        this.view = view;
        addClassName("sk-folders");
        getElement().setAttribute("aria-labelledby", "folders-heading");
        H2 heading = new H2(getTranslation("post.folders"));
        heading.setId("folders-heading");
        heading.addClassName("sk-visually-hidden");
        create.setText(getTranslation("folder.create"));
        create.setId("create-folder");
        create.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        create.addClickListener(e -> new FolderNameDialog(view, null).open());
        add(heading, list, create);
    }

    /**
     * Shows the folders. When only the counts or the current folder changed, the items stay
     * and are updated, so keyboard focus is not lost after an action.
     */
    void show(List<Folder> folders, FolderRef current) {
        List<FolderRef> refs = folders.stream().map(Folder::ref).toList();
        List<String> names = folders.stream().map(Folder::name).toList();
        if (!refs.equals(shownRefs) || !names.equals(shownNames)) {
            list.removeAll();
            buttons.clear();
            for (Folder folder : folders) {
                list.add(item(folder));
            }
            shownRefs = refs;
            shownNames = names;
        }
        for (Folder folder : folders) {
            update(buttons.get(folder.ref()), folder, folder.ref().equals(current));
        }
        create.setVisible(view.permissions().organise());
    }

    private void update(Button open, Folder folder, boolean current) {
        String name = view.folderName(folder);
        if (current) {
            open.getElement().setAttribute("aria-current", "page");
            open.addClassName("sk-folder-current");
        } else {
            open.getElement().removeAttribute("aria-current");
            open.removeClassName("sk-folder-current");
        }
        if (folder.unread() > 0) {
            Span count = new Span(String.valueOf(folder.unread()));
            count.addClassName("sk-folder-unread");
            open.setSuffixComponent(count);
            open.getElement().setAttribute("aria-label", getTranslation("folder.with-unread", name, String.valueOf(folder.unread())));
        } else {
            open.setSuffixComponent(null);
            open.getElement().removeAttribute("aria-label");
        }
    }

    private ListItem item(Folder folder) {
        String name = view.folderName(folder);
        Button open = new Button(name, e -> view.navigateToFolder(folder.ref()));
        open.addClassName("sk-folder-link");
        open.getElement().setAttribute("data-folder", folder.ref().token());
        buttons.put(folder.ref(), open);
        ListItem item = new ListItem(open);
        item.addClassName("sk-folder");
        if (folder.ref().kind() != FolderRef.Kind.DRAFTS && folder.ref().kind() != FolderRef.Kind.SENT
                && folder.ref().kind() != FolderRef.Kind.DELETED && view.permissions().organise()) {
            DropTarget<Button> target = DropTarget.create(open);
            target.setDropEffect(DropEffect.MOVE);
            target.addDropListener(e -> view.messages().moveDragged(folder.ref(), name));
        }
        if (folder.ref().isCustom() && view.permissions().organise()) {
            MenuBar actions = new MenuBar();
            actions.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_SMALL);
            actions.setI18n(new MenuBar.MenuBarI18n().setMoreOptions(getTranslation("menu.more-options")));
            var menu = actions.addItem("⋯").getSubMenu();
            actions.getItems().getFirst().setAriaLabel(getTranslation("folder.actions", name));
            menu.addItem(getTranslation("folder.rename"), e -> new FolderNameDialog(view, folder).open());
            menu.addItem(getTranslation("folder.delete"), e -> new DeleteFolderDialog(view, folder).open());
            item.add(actions);
        }
        return item;
    }
}
