package dk.sandkassen.scenario;

import dk.sandkassen.access.Area;
import dk.sandkassen.access.Grant;
import dk.sandkassen.identity.Role;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an exercise adds to the persona's standard sandbox before the learner starts.
 *
 * @param suspiciousRequest a Sandkassen extension: a MitID approval request the learner did not
 *                          start arrives on the on-screen phone as the exercise begins
 * @param messages          text messages and e-mails from the safety catalogue that arrive on the phone
 * @param round             this many more, drawn from the whole catalogue by the sandbox's seed (0: none)
 * @param pressureCall      someone claiming to be MitID support calls as the exercise begins
 */
public record Setup(boolean loggedIn, List<String> folders, List<SetupLetter> letters, List<Request> requests,
                    boolean suspiciousRequest, List<SetupMessage> messages, int round, boolean pressureCall) {

    public static final Setup NONE = new Setup(false, List.of(), List.of(), List.of(), false, List.of(), 0, false);

    public Setup {
        folders = List.copyOf(folders);
        letters = List.copyOf(letters);
        requests = List.copyOf(requests);
        messages = List.copyOf(messages);
    }

    /** A message from the safety catalogue; checks call it by {@code ref}, or by the template id. */
    public record SetupMessage(@Nullable String ref, String template) {

        public String name() {
            return ref != null ? ref : template;
        }
    }

    /**
     * A letter in the citizen's mailbox: either a catalogue template or written in the file.
     * {@code folder} is null for the Indbakke.
     */
    public record SetupLetter(@Nullable String ref, @Nullable String template, @Nullable String from,
                              @Nullable String subject, @Nullable String body, @Nullable String folder, boolean unread,
                              boolean replyAllowed, @Nullable String attachment, int daysAgo) {

        /** The name checks use for this letter. */
        public String name() {
            return ref != null ? ref : template != null ? template : "";
        }
    }

    /** Something a relative asks the citizen for, waiting when the exercise starts. */
    public sealed interface Request {
        Role from();
    }

    public record FuldmagtRequest(Role from, Set<Area> areas) implements Request {
        public FuldmagtRequest {
            areas = Set.copyOf(areas);
        }
    }

    public record AccessRequest(Role from, Grant.Rights rights) implements Request {
    }

    /**
     * A Sandkassen extension: the relative has given the citizen a fuldmagt for these areas, so
     * the learner can act on the relative's behalf (the self-service solutions) from the start.
     */
    public record FuldmagtReceived(Role from, Set<Area> areas) implements Request {
        public FuldmagtReceived {
            areas = Set.copyOf(areas);
        }
    }
}
