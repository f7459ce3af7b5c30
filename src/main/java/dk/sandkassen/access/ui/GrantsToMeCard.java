package dk.sandkassen.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import dk.sandkassen.access.AccessDenied;
import dk.sandkassen.access.Grant;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Actor;
import dk.sandkassen.post.Mailbox;
import dk.sandkassen.post.PostAccessDenied;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.shared.ui.Card;
import java.util.List;
import java.util.Optional;

/** The helper's side: the access you asked for or were given, accepting it, and opening that post. */
class GrantsToMeCard extends Card {

    GrantsToMeCard(AccessView view, Actor me) {
        super(view.getTranslation("access.mine.title"));
        Sandbox sandbox = me.sandbox();
        setId("my-access");
        List<Grant> grants = view.readAccess().receivedBy(me).stream()
                .filter(g -> g.status() != Grant.Status.REVOKED)
                .toList();
        if (grants.isEmpty()) {
            add(new Paragraph(getTranslation("access.mine.none")));
        }
        Div list = new Div();
        list.addClassName("sk-grants");
        for (Grant grant : grants) {
            String owner = sandbox.household().person(grant.owner()).orElseThrow().fullName();
            if (grant.status() == Grant.Status.OFFERED) {
                PasswordField password = new PasswordField(getTranslation("access.accept-password"));
                password.setId("accept-password-" + grant.id());
                password.setMaxLength(Grant.MAX_PASSWORD + 10);
                Button accept = new Button(getTranslation("access.accept"), e -> {
                    try {
                        Optional<String> problem = view.readAccess().accept(me, grant.id(), password.getValue());
                        problem.ifPresentOrElse(key -> {
                            password.setErrorMessage(getTranslation(key));
                            password.setInvalid(true);
                            password.focus();
                        }, () -> view.done("access.accepted", owner));
                    } catch (AccessDenied denied) {
                        view.problem(denied.messageKey());
                    }
                });
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                list.add(GrantRows.row(this, sandbox, grant, false, password, accept));
            } else if (view.readAccess().holds(grant)) {
                Button open = new Button(getTranslation("access.open-mailbox"), e -> {
                    try {
                        view.post().openOthers(new Mailbox(me, grant.owner()));
                        view.mailboxes().switchTo(grant.owner());
                        e.getSource().getUI().ifPresent(ui -> ui.navigate("post"));
                    } catch (PostAccessDenied denied) {
                        view.problem(denied.messageKey());
                    }
                });
                open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                open.getElement().setAttribute("aria-label", getTranslation("access.open-mailbox-of", owner));
                list.add(GrantRows.row(this, sandbox, grant, false, open));
            } else {
                list.add(GrantRows.row(this, sandbox, grant, false));
            }
        }
        add(list);
    }
}
