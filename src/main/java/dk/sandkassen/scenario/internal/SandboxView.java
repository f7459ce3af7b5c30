package dk.sandkassen.scenario.internal;

import dk.sandkassen.access.Fuldmagt;
import dk.sandkassen.access.Grant;
import dk.sandkassen.post.Folder;
import dk.sandkassen.post.Letter;
import dk.sandkassen.post.NotificationSettings;
import dk.sandkassen.sandbox.SandboxEvent;
import java.util.List;
import java.util.Optional;

/**
 * What the checks may look at in a sandbox: its events, and the citizen's mailbox, settings,
 * grants and fuldmagter as they are now. Read once per evaluation, and only what is asked.
 */
public interface SandboxView {

    List<SandboxEvent> events();

    /** The citizen's letter an exercise calls {@code name}. */
    Optional<Letter> letter(String name);

    /** The citizen's own folders. */
    List<Folder> folders();

    NotificationSettings settings();

    /** Read access the citizen gave, with whether each holds today. */
    List<Current<Grant>> grants();

    /** Fuldmagter the citizen gave, with whether each holds today. */
    List<Current<Fuldmagt>> fuldmagter();

    record Current<T>(T value, boolean holds) {
    }
}
