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
                Button remove = new Button(getTranslation("access.remove"), e -> act(view,
                        () -> view.readAccess().revoke(me, grant.id()), "access.removed", name));
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
                remove.getElement().setAttribute("aria-label", getTranslation("access.remove-named", name));
                list.add(GrantRows.row(this, sandbox, grant, true, remove));
            } else {
                list.add(GrantRows.row(this, sandbox, grant, true));
            }
        }
        add(list);
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
