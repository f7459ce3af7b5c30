package dk.sandkassen.sandbox.internal;

import dk.sandkassen.sandbox.SandboxEvent;
import dk.sandkassen.sandbox.SandboxId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The sandbox_event table; details are stored as a small JSON object. */
@Repository
public class EventStore {

    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
    };
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    /** The most events one sandbox keeps. */
    public static final int MAX_EVENTS = 5_000;
    private static final int CHECK_EVERY = 16;

    public EventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SandboxEvent insert(SandboxId sandbox, Instant at, String type, @Nullable String actor,
                               Map<String, String> details) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into sandbox_event (sandbox_id, occurred_at, type, actor, details) values (?, ?, ?, ?, ?)")
                .params(sandbox.value(), Timestamp.from(at), type, actor, JSON.writeValueAsString(details))
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        if (id % CHECK_EVERY == 0) {
            // Counting a sandbox's events after every insert was a query per learner action. Every
            // CHECK_EVERY-th id of the table is enough: a sandbox that makes events fast gets most ids.
            keepAtMost(sandbox, MAX_EVENTS);
        }
        return new SandboxEvent(id, sandbox, at, type, actor, details);
    }

    /**
     * A learner makes a few hundred events in a lesson; a script could make millions. Past the
     * limit the oldest tenth goes (what an exercise has found done is kept in its own table).
     */
    private void keepAtMost(SandboxId sandbox, int limit) {
        int count = jdbc.sql("select count(*) from sandbox_event where sandbox_id = ?").param(sandbox.value())
                .query(Integer.class).single();
        if (count > limit) {
            jdbc.sql("select id from sandbox_event where sandbox_id = ? order by id offset ? rows fetch next 1 rows only")
                    .params(sandbox.value(), limit / 10)
                    .query(Long.class).optional()
                    .ifPresent(oldestKept -> jdbc.sql("delete from sandbox_event where sandbox_id = ? and id < ?")
                            .params(sandbox.value(), oldestKept).update());
        }
    }

    public List<SandboxEvent> list(SandboxId sandbox) {
        return jdbc.sql("select id, occurred_at, type, actor, details from sandbox_event where sandbox_id = ? order by id")
                .param(sandbox.value())
                .query((rs, n) -> new SandboxEvent(rs.getLong(1), sandbox, rs.getTimestamp(2).toInstant(),
                        rs.getString(3), rs.getString(4), JSON.readValue(rs.getString(5), DETAILS)))
                .list();
    }
}
