package dk.sandkassen.sandbox;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import dk.sandkassen.identity.Persona;
import jakarta.servlet.http.HttpSession;
import dk.sandkassen.shared.ui.OtherTabs;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The sandbox of the learner whose UI is running: created on the first page view of a browser
 * session, replaced by "Start forfra", deleted by "Afslut". The loaded sandbox is cached in
 * the node-local Vaadin session; the binding itself lives in the HTTP session.
 */
@Component
public class CurrentSandbox {

    public static final Persona DEFAULT_PERSONA = Persona.ADULT;

    private final SandboxService sandboxes;
    private final SessionBinding binding;

    CurrentSandbox(SandboxService sandboxes, SessionBinding binding) {
        this.sandboxes = sandboxes;
        this.binding = binding;
    }

    /** The current sandbox, created now if this session has none (or its sandbox is gone). */
    public Sandbox get() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        HttpSession http = http(vaadin);
        Optional<SandboxId> boundId = binding.boundTo(http);
        Sandbox cached = vaadin.getAttribute(Sandbox.class);
        if (cached != null && boundId.filter(cached.id()::equals).isPresent()) {
            return cached;
        }
        Sandbox sandbox = boundId.flatMap(sandboxes::find)
                .orElseGet(() -> createFor(http, DEFAULT_PERSONA, SandboxService.newSeed()));
        vaadin.setAttribute(Sandbox.class, sandbox);
        return sandbox;
    }

    public SandboxId id() {
        return get().id();
    }

    /** The current sandbox if this session already has one; never creates. */
    public Optional<Sandbox> peek() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        if (vaadin == null) {
            return Optional.empty();
        }
        Optional<SandboxId> boundId = binding.boundTo(http(vaadin));
        Sandbox cached = vaadin.getAttribute(Sandbox.class);
        if (cached != null && boundId.filter(cached.id()::equals).isPresent()) {
            return Optional.of(cached);
        }
        return boundId.flatMap(sandboxes::find);
    }

    /** The id of the current sandbox, if this session has one; no database access. */
    public Optional<SandboxId> peekId() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        return vaadin == null ? Optional.empty() : binding.boundTo(http(vaadin));
    }

    /**
     * The stable id of this browser's stored session (stored now if it is new): what a class
     * records for its teacher and its learners, so that their rows go when the session goes.
     */
    public String sessionOwner() {
        String owner = binding.owner(http(VaadinSession.getCurrent()));
        if (owner == null) {
            throw new IllegalStateException("Sessions are not stored in the database");
        }
        return owner;
    }

    /**
     * Reads the current sandbox again after something changed the people in it (a move): every
     * page of this browser session shows the new state from now on.
     */
    public Sandbox refresh() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        vaadin.setAttribute(Sandbox.class, null);
        return get();
    }

    /** "Start forfra": the old sandbox is purged at once and a new one takes its place. */
    public Sandbox replace(Persona persona, long seed) {
        VaadinSession vaadin = VaadinSession.getCurrent();
        HttpSession http = http(vaadin);
        binding.boundTo(http).ifPresent(sandboxes::purge);
        binding.unbind(http);
        Sandbox sandbox = createFor(http, persona, seed);
        vaadin.setAttribute(Sandbox.class, sandbox);
        OtherTabs.closeStale();
        return sandbox;
    }

    /** "Afslut": purges the sandbox now; the next page view would start a new one. */
    public void end() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        HttpSession http = http(vaadin);
        binding.boundTo(http).ifPresent(sandboxes::purge);
        binding.unbind(http);
        vaadin.setAttribute(Sandbox.class, null);
        OtherTabs.closeStale();
    }

    private Sandbox createFor(HttpSession http, Persona persona, long seed) {
        Sandbox sandbox = sandboxes.create(persona, seed, binding.owner(http));
        binding.bind(http, sandbox.id());
        return sandbox;
    }

    private static HttpSession http(VaadinSession vaadin) {
        return ((WrappedHttpSession) vaadin.getSession()).getHttpSession();
    }
}
