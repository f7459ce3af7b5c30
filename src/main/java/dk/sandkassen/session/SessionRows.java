package dk.sandkassen.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the SPRING_SESSION table directly, for what Spring Session does not expose. */
class SessionRows {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    SessionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> primaryIdOf(String sessionId) {
        return jdbc.sql("select PRIMARY_ID from SPRING_SESSION where SESSION_ID = ?")
                .param(sessionId)
                .query(String.class)
                .optional();
    }

    List<String> existing(Collection<String> sessionIds) {
        List<String> ids = List.copyOf(sessionIds);
        List<String> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            found.addAll(jdbc.sql("select SESSION_ID from SPRING_SESSION where SESSION_ID in (:ids)")
                    .param("ids", chunk)
                    .query(String.class)
                    .list());
        }
        return found;
    }

    long count() {
        return jdbc.sql("select count(*) from SPRING_SESSION").query(Long.class).single();
    }
}
