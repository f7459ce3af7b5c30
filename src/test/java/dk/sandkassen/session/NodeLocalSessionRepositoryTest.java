package dk.sandkassen.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.session.Session;

/**
 * The node keeps a learner's live UI state until the session's row is really gone — also
 * in the moment between a login giving the session a new id and the request saving it.
 */
@SpringBootTest
class NodeLocalSessionRepositoryTest {

    @Autowired
    NodeLocalSessionRepository sessions;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theCleanupDoesNotDropASessionWhileALoginIsRenamingIt() {
        Session session = sessions.createSession();
        session.setAttribute("vaadin-state", "the learner's UI");
        sessions.save(session);

        // A login: the id changes now; the row gets the new id when the request ends.
        String newId = session.changeSessionId();
        sessions.dropEnded();
        assertThat(session.<String>getAttribute("vaadin-state")).isEqualTo("the learner's UI");

        sessions.save(session);
        sessions.dropEnded();
        assertThat(sessions.findById(newId).<String>getAttribute("vaadin-state")).isEqualTo("the learner's UI");
    }

    /**
     * A new session's cookie is written at once, so the browser's next request can arrive
     * while the first is still running and has not saved the row. That request finds no row:
     * it must not take the first request's live state with it (Vaadin's session lock was lost
     * that way, and the first request ended in a NullPointerException and an error page).
     */
    @Test
    void aSecondRequestOfANewSessionLeavesTheFirstRequestsStateAlone() {
        Session session = sessions.createSession();
        session.setAttribute("vaadin-lock", "the lock");

        assertThat(sessions.findById(session.getId())).as("no row yet").isNull();
        assertThat(session.<String>getAttribute("vaadin-lock")).isEqualTo("the lock");

        sessions.save(session);
        assertThat(sessions.findById(session.getId()).<String>getAttribute("vaadin-lock")).isEqualTo("the lock");
    }

    /**
     * "Afslut": the live state goes before the row. While the row is there, nobody else (the
     * cleanup, another request of the browser) takes the state away from the ending request;
     * once it is gone there is no state left for them to find.
     */
    @Test
    void anEndingSessionLetsGoOfItsStateBeforeItsRowGoes() {
        Session session = sessions.createSession();
        java.util.List<Long> rowsWhenUnbound = new java.util.ArrayList<>();
        session.setAttribute("vaadin-session", new jakarta.servlet.http.HttpSessionBindingListener() {
            @Override
            public void valueUnbound(jakarta.servlet.http.HttpSessionBindingEvent event) {
                rowsWhenUnbound.add(jdbc.sql("select count(*) from spring_session where session_id = ?")
                        .param(session.getId()).query(Long.class).single());
            }
        });
        sessions.save(session);

        sessions.deleteById(session.getId());

        assertThat(rowsWhenUnbound).as("the row, when the state was let go").containsExactly(1L);
        assertThat(jdbc.sql("select count(*) from spring_session where session_id = ?").param(session.getId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aSessionWhoseRowIsGoneIsForgotten() {
        Session session = sessions.createSession();
        session.setAttribute("vaadin-state", "the learner's UI");
        sessions.save(session);
        sessions.deleteById(session.getId());
        sessions.dropEnded();
        assertThat(session.<String>getAttribute("vaadin-state")).isNull();
    }
}
