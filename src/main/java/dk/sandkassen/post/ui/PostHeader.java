package dk.sandkassen.post.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.select.Select;
import dk.sandkassen.post.CurrentMailbox;
import dk.sandkassen.identity.Role;
import dk.sandkassen.post.Mailbox;
import dk.sandkassen.post.PostService;
import dk.sandkassen.post.Permissions;
import dk.sandkassen.sandbox.CurrentSandbox;

/**
 * The top of Digital Post: whose mailbox this is (and as whom, when helping someone),
 * "Skriv ny besked", and the settings menu: notifications, NemSMS, exemption.
 */
class PostHeader extends Div {

    private final CurrentSandbox currentSandbox;
    private final Span owner = new Span();
    private final Button write = new Button();
    private final MenuBar menu = new MenuBar();
    private final Select<Role> mailbox = new Select<>();
    private final CurrentMailbox currentMailbox;
    private final PostService post;
    private Mailbox shown;

    PostHeader(CurrentSandbox currentSandbox, CurrentMailbox currentMailbox, PostService post) {
        this.currentSandbox = currentSandbox;
        this.currentMailbox = currentMailbox;
        this.post = post;
        addClassName("sk-post-header");
        H1 title = new H1(getTranslation("post.title"));
        owner.addClassName("sk-post-owner");
        owner.setId("mailbox-owner");
        write.setText(getTranslation("post.write"));
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        write.setId("write-message");
        write.addClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(PostNavigation.COMPOSE)));
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        menu.setI18n(new MenuBar.MenuBarI18n().setMoreOptions(getTranslation("menu.more-options")));
        SubMenu settings = menu.addItem(getTranslation("post.menu")).getSubMenu();
        settings.addItem(getTranslation("post.menu.notifications"), e -> navigate(PostNavigation.SETTINGS));
        settings.addItem(getTranslation("post.menu.nemsms"), e -> navigate(PostNavigation.SETTINGS));
        settings.addItem(getTranslation("post.menu.exemption"), e -> navigate(PostNavigation.EXEMPTION));
        settings.addItem(getTranslation("post.menu.access"), e -> navigate("post/adgang"));
        mailbox.setLabel(getTranslation("post.switch-mailbox"));
        mailbox.setId("switch-mailbox");
        mailbox.setItemLabelGenerator(role -> currentSandbox.get().household().person(role).map(p -> p.fullName()).orElse(""));
        mailbox.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null || shown == null) {
                return;
            }
            Role owner = e.getValue();
            if (owner == shown.actor()) {
                currentMailbox.backToOwn();
            } else {
                post.openOthers(new Mailbox(shown.acting(), owner));
                currentMailbox.switchTo(owner);
            }
            getUI().ifPresent(ui -> ui.navigate(PostNavigation.MAILBOX));
        });
        Div titles = new Div(title, owner);
        titles.addClassName("sk-post-titles");
        Div actions = new Div(mailbox, write, menu);
        actions.addClassName("sk-post-actions");
        add(titles, actions);
    }

    void show(Mailbox box, Permissions permissions) {
        String name = currentSandbox.get().household().person(box.owner()).orElseThrow().fullName();
        if (box.isOwn()) {
            owner.setText(getTranslation("post.mailbox-of", name));
        } else {
            String actor = currentSandbox.get().household().person(box.actor()).orElseThrow().fullName();
            owner.setText(getTranslation("post.mailbox-of-helping", name, actor));
        }
        write.setVisible(permissions.write());
        menu.setVisible(permissions.settings());
        shown = box;
        java.util.List<Role> others = post.otherMailboxes(Mailbox.own(box.acting()));
        java.util.List<Role> choices = new java.util.ArrayList<>();
        choices.add(box.actor());
        choices.addAll(others);
        mailbox.setItems(choices);
        mailbox.setValue(box.owner());
        mailbox.setVisible(!others.isEmpty() || !box.isOwn());
    }

    private void navigate(String route) {
        getUI().ifPresent(ui -> ui.navigate(route));
    }
}
