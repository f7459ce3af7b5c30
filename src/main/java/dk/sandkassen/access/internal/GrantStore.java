package dk.sandkassen.access.internal;

import dk.sandkassen.access.Grant;
import dk.sandkassen.identity.Role;
import dk.sandkassen.sandbox.SandboxId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The access_grant and access_grant_folder tables. Every query is scoped by sandbox. */
@Repository
public class GrantStore {

    private static final String COLUMNS = "id, owner, helper, model, rights, status, password, expires_on, created_at, decided_at";

    private final JdbcClient jdbc;

    public GrantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int countAll(SandboxId sandbox) {
        return jdbc.sql("select count(*) from access_grant where sandbox_id = ?").params(sandbox.value())
                .query(Integer.class).single();
    }

    public long insert(SandboxId sandbox, Grant grant) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into access_grant (sandbox_id, owner, helper, model, rights, status, password, expires_on, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(sandbox.value(), grant.owner().id(), grant.helper().id(), name(grant.model()), grant.rights().id(),
                        name(grant.status()), grant.password(), grant.expiresOn() == null ? null : Date.valueOf(grant.expiresOn()),
                        Timestamp.from(grant.createdAt()))
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        for (long folder : grant.folders()) {
            jdbc.sql("insert into access_grant_folder (grant_id, sandbox_id, folder_id) values (?, ?, ?)")
                    .params(id, sandbox.value(), folder)
                    .update();
        }
        return id;
    }

    public Optional<Grant> find(SandboxId sandbox, long id) {
        return jdbc.sql("select " + COLUMNS + " from access_grant where sandbox_id = ? and id = ?")
                .params(sandbox.value(), id)
                .query((rs, n) -> map(rs))
                .optional()
                .map(grant -> withFolders(sandbox, List.of(grant)).getFirst());
    }

    public List<Grant> byOwner(SandboxId sandbox, Role owner) {
        return withFolders(sandbox, jdbc.sql("select " + COLUMNS + " from access_grant where sandbox_id = ? and owner = ? order by id")
                .params(sandbox.value(), owner.id())
                .query((rs, n) -> map(rs))
                .list());
    }

    public List<Grant> byHelper(SandboxId sandbox, Role helper) {
        return withFolders(sandbox, jdbc.sql("select " + COLUMNS + " from access_grant where sandbox_id = ? and helper = ? order by id")
                .params(sandbox.value(), helper.id())
                .query((rs, n) -> map(rs))
                .list());
    }

    public List<Grant> between(SandboxId sandbox, Role owner, Role helper) {
        return withFolders(sandbox, jdbc.sql("select " + COLUMNS + " from access_grant where sandbox_id = ? and owner = ? and helper = ? order by id")
                .params(sandbox.value(), owner.id(), helper.id())
                .query((rs, n) -> map(rs))
                .list());
    }

    public void setStatus(SandboxId sandbox, long id, Grant.Status status, Instant at) {
        jdbc.sql("update access_grant set status = ?, decided_at = ? where sandbox_id = ? and id = ?")
                .params(name(status), Timestamp.from(at), sandbox.value(), id)
                .update();
    }

    /**
     * The folders of the folder model's grants, read in one query after the grants themselves:
     * a query inside a row mapper would hold a second connection from the pool.
     */
    private List<Grant> withFolders(SandboxId sandbox, List<Grant> grants) {
        if (grants.stream().noneMatch(g -> g.model() == Grant.Model.FOLDERS)) {
            return grants;
        }
        Map<Long, Set<Long>> folders = new HashMap<>();
        jdbc.sql("select grant_id, folder_id from access_grant_folder where sandbox_id = ?")
                .params(sandbox.value())
                .query(rs -> {
                    folders.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getLong(2));
                });
        return grants.stream().map(g -> new Grant(g.id(), g.owner(), g.helper(), g.model(), g.rights(), g.status(),
                g.password(), g.expiresOn(), folders.getOrDefault(g.id(), Set.of()), g.createdAt(), g.decidedAt())).toList();
    }

    private Grant map(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Set<Long> folders = Set.of();
        Date expires = rs.getDate("expires_on");
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Grant(id, role(rs.getString("owner")), role(rs.getString("helper")),
                Grant.Model.valueOf(rs.getString("model").toUpperCase(Locale.ROOT)),
                Grant.Rights.fromId(rs.getString("rights")).orElseThrow(),
                Grant.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), rs.getString("password"),
                expires == null ? null : expires.toLocalDate(), folders, rs.getTimestamp("created_at").toInstant(),
                decided == null ? null : decided.toInstant());
    }

    private static Role role(String id) {
        return Role.fromId(id).orElseThrow();
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
