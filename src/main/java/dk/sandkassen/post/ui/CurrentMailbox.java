package dk.sandkassen.post.ui;

import com.vaadin.flow.server.VaadinSession;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.CurrentLogin;
import dk.sandkassen.login.LoggedIn;
import dk.sandkassen.post.Mailbox;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whose mailbox the learner is looking at, as whom: the logged-in person's own, unless they
 * switched ("skift postkasse") to one they were given access to. The choice is kept in the
 * stored session; the services check the access on every call regardless.
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
        return currentLogin.get().map(this::mailbox);
    }

    /** The switch is remembered as "actor>owner", so it lapses when someone else logs in. */
    private Mailbox mailbox(LoggedIn login) {
        Object chosen = VaadinSession.getCurrent().getSession().getAttribute(ATTRIBUTE);
        Role owner = login.role();
        if (chosen instanceof String text && text.startsWith(login.role().id() + ">")) {
            owner = Role.fromId(text.substring(text.indexOf('>') + 1)).orElse(login.role());
        }
        return new Mailbox(login.sandbox(), owner, login.role());
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
