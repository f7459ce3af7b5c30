package dk.sandkassen.scenario.internal;

import dk.sandkassen.access.Fuldmagt;
import dk.sandkassen.access.FuldmagtService;
import dk.sandkassen.access.Grant;
import dk.sandkassen.access.ReadAccessService;
import dk.sandkassen.login.Actor;
import dk.sandkassen.login.Actors;
import dk.sandkassen.post.Folder;
import dk.sandkassen.post.Letter;
import dk.sandkassen.post.Mailbox;
import dk.sandkassen.post.NotificationSettings;
import dk.sandkassen.post.PostService;
import dk.sandkassen.post.PostSettings;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxEvent;
import dk.sandkassen.sandbox.SandboxEvents;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A {@link SandboxView} read through the features' own services, as the citizen: the checks
 * see exactly what the citizen would see. Each part is read at most once per evaluation.
 */
public final class LiveSandboxView implements SandboxView {

    private final Sandbox sandbox;
    private final Actor citizen;
    private final Services services;
    private @Nullable List<SandboxEvent> events;
    private @Nullable List<Folder> folders;
    private @Nullable NotificationSettings settings;
    private @Nullable List<Current<Grant>> grants;
    private @Nullable List<Current<Fuldmagt>> fuldmagter;
    private final Map<String, Optional<Letter>> letters = new HashMap<>();

    /** The services a view reads through, as the citizen. */
    @Component
    public record Services(SandboxEvents events, PostService post, PostSettings settings, ReadAccessService readAccess,
                           FuldmagtService fuldmagter, Actors actors) {
    }

    public LiveSandboxView(Sandbox sandbox, Services services) {
        this.sandbox = sandbox;
        this.citizen = services.actors().citizen(sandbox);
        this.services = services;
    }

    @Override
    public List<SandboxEvent> events() {
        if (events == null) {
            events = services.events().list(sandbox.id());
        }
        return events;
    }

    @Override
    public Optional<Letter> letter(String name) {
        return letters.computeIfAbsent(name, n -> services.post().letterNamed(Mailbox.own(citizen), n));
    }

    @Override
    public List<Folder> folders() {
        if (folders == null) {
            folders = services.post().folders(Mailbox.own(citizen));
        }
        return folders;
    }

    @Override
    public NotificationSettings settings() {
        if (settings == null) {
            settings = services.settings().settings(Mailbox.own(citizen));
        }
        return settings;
    }

    @Override
    public List<Current<Grant>> grants() {
        if (grants == null) {
            grants = services.readAccess().givenBy(citizen).stream()
                    .map(grant -> new Current<>(grant, services.readAccess().holds(grant)))
                    .toList();
        }
        return grants;
    }

    @Override
    public List<Current<Fuldmagt>> fuldmagter() {
        if (fuldmagter == null) {
            fuldmagter = services.fuldmagter().given(citizen).stream()
                    .map(fuldmagt -> new Current<>(fuldmagt, services.fuldmagter().holds(fuldmagt)))
                    .toList();
        }
        return fuldmagter;
    }
}
