package dk.sandkassen.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The cleanup runs on its own thread, now every 15 s, while requests save sessions. Here it
 * runs at the worst moment — in the middle of a save, before the row is there — and must
 * still keep the learner's live state. (Found by the soak: a new learner's page "expired".)
 */
class NodeLocalCleanupRaceTest {

    private final Map<String, Session> rowsInTheDatabase = new ConcurrentHashMap<>();
    private final MapSessionRepository map = new MapSessionRepository(rowsInTheDatabase);
    private Runnable whileSaving = () -> { };

    private final SessionRepository<MapSession> database = new SessionRepository<>() {
        @Override
        public MapSession createSession() {
            return map.createSession();
        }

        @Override
        public void save(MapSession session) {
            whileSaving.run();
            map.save(session);
        }

        @Override
        public MapSession findById(String id) {
            return map.findById(id);
        }

        @Override
        public void deleteById(String id) {
            map.deleteById(id);
        }
    };

    private final SessionRows rows = new SessionRows(null) {
        @Override
        List<String> existing(Collection<String> sessionIds) {
            return sessionIds.stream().filter(rowsInTheDatabase::containsKey).toList();
        }
    };

    private final NodeLocalSessionRepository sessions = new NodeLocalSessionRepository(database, rows, java.time.Duration.ofMinutes(30));

    @Test
    void aNewSessionSavedWhileTheCleanupRunsKeepsItsState() {
        Session session = sessions.createSession();
        session.setAttribute("vaadin-state", "the learner's UI");
        whileSaving = sessions::dropEnded;

        sessions.save(session);

        assertThat(sessions.findById(session.getId()).<String>getAttribute("vaadin-state")).isEqualTo("the learner's UI");
    }

    @Test
    void aRenamedSessionSavedWhileTheCleanupRunsKeepsItsState() {
        Session session = sessions.createSession();
        session.setAttribute("vaadin-state", "the learner's UI");
        sessions.save(session);
        String newId = session.changeSessionId();
        whileSaving = sessions::dropEnded;

        sessions.save(session);

        assertThat(sessions.findById(newId).<String>getAttribute("vaadin-state")).isEqualTo("the learner's UI");
    }

    @Test
    void aSessionWhoseRowIsGoneIsStillDropped() {
        Session session = sessions.createSession();
        session.setAttribute("vaadin-state", "the learner's UI");
        sessions.save(session);
        rowsInTheDatabase.clear();

        assertThat(sessions.dropEnded()).isEqualTo(1);
        assertThat(sessions.localSessions()).isZero();
    }
}
