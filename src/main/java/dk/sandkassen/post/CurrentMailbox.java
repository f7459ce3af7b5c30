package dk.sandkassen.post;

import com.vaadin.flow.server.VaadinSession;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Actor;
import dk.sandkassen.login.CurrentLogin;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whose mailbox the learner is looking at, as whom: the logged-in person's own, unless they
 * switched ("skift postkasse") to one they were given access to. The actor is always the
 * login; the switch only names an owner, kept in the stored session, and the services check
 * the access on every call regardless.
 */
@Component
public class CurrentMailbox {

    static final String ATTRIBUTE = "sandkassen.mailbox";

    private final CurrentLogin currentLogin;

    CurrentMailbox(CurrentLogin currentLogin) {
        this.currentLogin = currentLogin;
    }

    /** Empty when nobody is logged in. */
    public Optional<Mailbox> get() {
        return currentLogin.actor().map(this::mailbox);
    }

    /** The switch is remembered as "actor>owner", so it lapses when someone else logs in. */
    private Mailbox mailbox(Actor actor) {
        Object chosen = VaadinSession.getCurrent().getSession().getAttribute(ATTRIBUTE);
        Role owner = actor.role();
        if (chosen instanceof String text && text.startsWith(actor.role().id() + ">")) {
            owner = Role.fromId(text.substring(text.indexOf('>') + 1)).orElse(actor.role());
        }
        return new Mailbox(actor, owner);
    }

    /** "Skift postkasse": look at {@code owner}'s mailbox (the services decide what may be seen). */
    public void switchTo(Role owner) {
        currentLogin.get().ifPresent(login ->
                VaadinSession.getCurrent().getSession().setAttribute(ATTRIBUTE, login.role().id() + ">" + owner.id()));
    }

    public void backToOwn() {
        VaadinSession.getCurrent().getSession().removeAttribute(ATTRIBUTE);
    }
}
