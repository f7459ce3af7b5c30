package dk.sandkassen.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dk.sandkassen.access.AccessDenied;
import dk.sandkassen.access.Grant;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Actor;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.shared.ui.Card;
import dk.sandkassen.shared.ui.ConfirmDialog;
import java.util.List;

/** The owner's side: who asked for access, who has it, and removing it at once. */
class WhoHasAccessCard extends Card {

    WhoHasAccessCard(AccessView view, Actor me) {
        super(view.getTranslation("access.who-has.title"));
        Sandbox sandbox = me.sandbox();
        setId("who-has-access");
        List<Grant> grants = view.readAccess().givenBy(me).stream()
                .filter(g -> g.status() == Grant.Status.REQUESTED || g.status() == Grant.Status.ACTIVE
                        || g.status() == Grant.Status.OFFERED)
                .toList();
        if (grants.isEmpty()) {
            add(new Paragraph(getTranslation("access.who-has.nobody")));
        }
        Div list = new Div();
        list.addClassName("sk-grants");
        java.util.Map<Long, String> folderNames = new java.util.HashMap<>();
        view.post().folders(dk.sandkassen.post.Mailbox.own(me)).stream().filter(f -> f.ref().isCustom())
                .forEach(f -> folderNames.put(f.ref().customId(), f.name()));
        for (Grant grant : grants) {
            String name = sandbox.household().person(grant.helper()).orElseThrow().fullName();
            if (grant.status() == Grant.Status.REQUESTED) {
                Button approve = new Button(getTranslation("access.approve"), e -> act(view,
                        () -> view.readAccess().approve(me, grant.id()), "access.approved", name));
                approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                Button reject = new Button(getTranslation("access.reject"), e -> act(view,
                        () -> view.readAccess().reject(me, grant.id()), "access.rejected", name));
                list.add(GrantRows.row(this, sandbox, grant, true, approve, reject));
            } else if (view.readAccess().holds(grant) || grant.status() == Grant.Status.OFFERED) {
                // Removing access ends it at once for the helper: ask first.
                Button remove = new Button(getTranslation("access.remove"), e -> new ConfirmDialog(
                        getTranslation("access.remove-confirm.title", name), getTranslation("access.remove-confirm.text", name),
                        getTranslation("access.remove"), () -> act(view, () -> view.readAccess().revoke(me, grant.id()),
                        "access.removed", name)).open());
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
                remove.getElement().setAttribute("aria-label", getTranslation("access.remove-named", name));
                list.add(GrantRows.row(this, sandbox, grant, true, sharedFolders(grant, folderNames), remove));
            } else {
                list.add(GrantRows.row(this, sandbox, grant, true));
            }
        }
        add(list);
    }

    /** "Sundhed, Skat": what the older model shares, in the owner's own words. */
    private static String sharedFolders(Grant grant, java.util.Map<Long, String> names) {
        return grant.folders().stream().map(names::get).filter(java.util.Objects::nonNull).sorted()
                .collect(java.util.stream.Collectors.joining(", "));
    }

    static void act(AccessView view, Runnable action, String doneKey, String name) {
        try {
            action.run();
            view.done(doneKey, name);
        } catch (AccessDenied denied) {
            view.problem(denied.messageKey());
        }
    }
}
