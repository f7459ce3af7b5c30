package dk.sandkassen.access.internal;

import dk.sandkassen.access.Fuldmagt;
import dk.sandkassen.identity.Role;
import dk.sandkassen.sandbox.SandboxId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The fuldmagt table. Every query is scoped by sandbox. Areas are kept as a comma list. */
@Repository
public class FuldmagtStore {

    private static final String COLUMNS = "id, giver, holder, areas, status, requested_by, valid_until, created_at, decided_at";

    private final JdbcClient jdbc;

    public FuldmagtStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int countAll(SandboxId sandbox) {
        return jdbc.sql("select count(*) from fuldmagt where sandbox_id = ?").params(sandbox.value())
                .query(Integer.class).single();
    }

    public long insert(SandboxId sandbox, Fuldmagt f, String areas) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into fuldmagt (sandbox_id, giver, holder, areas, status, requested_by, valid_until, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(sandbox.value(), f.giver().id(), f.holder().id(), areas, name(f.status()), f.requestedBy().id(),
                        f.validUntil() == null ? null : Date.valueOf(f.validUntil()), Timestamp.from(f.createdAt()))
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    public <T> Optional<T> find(SandboxId sandbox, long id, Function<Row, T> mapper) {
        return jdbc.sql("select " + COLUMNS + " from fuldmagt where sandbox_id = ? and id = ?")
                .params(sandbox.value(), id)
                .query(FuldmagtStore::row)
                .optional()
                .map(mapper);
    }

    public List<Row> byGiver(SandboxId sandbox, Role giver) {
        return jdbc.sql("select " + COLUMNS + " from fuldmagt where sandbox_id = ? and giver = ? order by id")
                .params(sandbox.value(), giver.id())
                .query(FuldmagtStore::row)
                .list();
    }

    public List<Row> byHolder(SandboxId sandbox, Role holder) {
        return jdbc.sql("select " + COLUMNS + " from fuldmagt where sandbox_id = ? and holder = ? order by id")
                .params(sandbox.value(), holder.id())
                .query(FuldmagtStore::row)
                .list();
    }

    public void setStatus(SandboxId sandbox, long id, Fuldmagt.Status status, Instant at) {
        jdbc.sql("update fuldmagt set status = ?, decided_at = ? where sandbox_id = ? and id = ?")
                .params(name(status), Timestamp.from(at), sandbox.value(), id)
                .update();
    }

    /** A row as stored; the service turns the area list into areas. */
    public record Row(long id, Role giver, Role holder, String areas, Fuldmagt.Status status, Role requestedBy,
                      java.time.@Nullable LocalDate validUntil, Instant createdAt, @Nullable Instant decidedAt) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Date until = rs.getDate("valid_until");
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Row(rs.getLong("id"), Role.fromId(rs.getString("giver")).orElseThrow(),
                Role.fromId(rs.getString("holder")).orElseThrow(), rs.getString("areas"),
                Fuldmagt.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                Role.fromId(rs.getString("requested_by")).orElseThrow(), until == null ? null : until.toLocalDate(),
                rs.getTimestamp("created_at").toInstant(), decided == null ? null : decided.toInstant());
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
