package dk.sandkassen.scenario.internal;

import dk.sandkassen.sandbox.SandboxId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The exercise a sandbox runs and its steps done. Every query is scoped by sandbox. */
@Repository
public class RunStore {

    private final JdbcClient jdbc;

    public RunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(String exerciseId, Instant startedAt, @Nullable Instant completedAt, Map<String, Instant> stepsDone) {
    }

    public void start(SandboxId sandbox, String exerciseId, Instant at) {
        jdbc.sql("delete from exercise_step where sandbox_id = ?").params(sandbox.value()).update();
        jdbc.sql("delete from exercise_run where sandbox_id = ?").params(sandbox.value()).update();
        jdbc.sql("insert into exercise_run (sandbox_id, exercise_id, started_at) values (?, ?, ?)")
                .params(sandbox.value(), exerciseId, Timestamp.from(at))
                .update();
    }

    public Optional<Row> find(SandboxId sandbox) {
        // The steps are read after the run's row, not while its result set is open: outside a
        // transaction that would hold a second connection from the pool.
        return jdbc.sql("select exercise_id, started_at, completed_at from exercise_run where sandbox_id = ?")
                .params(sandbox.value())
                .query((rs, n) -> new Row(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), Map.of()))
                .optional()
                .map(row -> new Row(row.exerciseId(), row.startedAt(), row.completedAt(), stepsDone(sandbox)));
    }

    /** The runs of many sandboxes in two queries (a teacher's board of a whole class). */
    public Map<SandboxId, Row> findAll(java.util.Collection<SandboxId> sandboxes) {
        if (sandboxes.isEmpty()) {
            return Map.of();
        }
        List<java.util.UUID> ids = sandboxes.stream().map(SandboxId::value).toList();
        Map<java.util.UUID, Map<String, Instant>> steps = new java.util.HashMap<>();
        jdbc.sql("select sandbox_id, step_id, done_at from exercise_step where sandbox_id in (:ids) order by done_at, step_id")
                .param("ids", ids)
                .query((rs, n) -> {
                    steps.computeIfAbsent(rs.getObject(1, java.util.UUID.class), id -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getTimestamp(3).toInstant());
                    return 0;
                })
                .list();
        Map<SandboxId, Row> rows = new java.util.HashMap<>();
        jdbc.sql("select sandbox_id, exercise_id, started_at, completed_at from exercise_run where sandbox_id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> {
                    java.util.UUID id = rs.getObject(1, java.util.UUID.class);
                    rows.put(new SandboxId(id), new Row(rs.getString(2), rs.getTimestamp(3).toInstant(),
                            rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
                            steps.getOrDefault(id, Map.of())));
                    return 0;
                })
                .list();
        return rows;
    }

    public boolean exists(SandboxId sandbox) {
        return jdbc.sql("select count(*) from exercise_run where sandbox_id = ?").params(sandbox.value())
                .query(Integer.class).single() > 0;
    }

    /**
     * Marks the step done unless it already is; false when another request got there first. No
     * duplicate-key error: PostgreSQL would abort the rest of the transaction after one.
     */
    public boolean stepDone(SandboxId sandbox, String stepId, Instant at) {
        return jdbc.sql("""
                        insert into exercise_step (sandbox_id, step_id, done_at)
                        select ?, ?, ? where not exists
                            (select 1 from exercise_step where sandbox_id = ? and step_id = ?)""")
                .params(sandbox.value(), stepId, Timestamp.from(at), sandbox.value(), stepId)
                .update() > 0;
    }

    public void completed(SandboxId sandbox, Instant at) {
        jdbc.sql("update exercise_run set completed_at = ? where sandbox_id = ? and completed_at is null")
                .params(Timestamp.from(at), sandbox.value())
                .update();
    }

    public void end(SandboxId sandbox) {
        jdbc.sql("delete from exercise_step where sandbox_id = ?").params(sandbox.value()).update();
        jdbc.sql("delete from exercise_run where sandbox_id = ?").params(sandbox.value()).update();
    }

    private Map<String, Instant> stepsDone(SandboxId sandbox) {
        Map<String, Instant> done = new LinkedHashMap<>();
        jdbc.sql("select step_id, done_at from exercise_step where sandbox_id = ? order by done_at, step_id")
                .params(sandbox.value())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list()
                .forEach(entry -> done.put(entry.getKey(), entry.getValue()));
        return done;
    }
}
