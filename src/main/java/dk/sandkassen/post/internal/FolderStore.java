package dk.sandkassen.post.internal;

import dk.sandkassen.identity.Role;
import dk.sandkassen.sandbox.SandboxId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The post_folder table: a person's own folders. */
@Repository
public class FolderStore {

    public record Row(long id, String name) {
    }

    private final JdbcClient jdbc;

    public FolderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(SandboxId sandbox, Role owner, String name, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into post_folder (sandbox_id, owner, name, created_at) values (?, ?, ?, ?)")
                .params(sandbox.value(), owner.id(), name, Timestamp.from(at))
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    public List<Row> list(SandboxId sandbox, Role owner) {
        return jdbc.sql("select id, name from post_folder where sandbox_id = ? and owner = ? order by lower(name), id")
                .params(sandbox.value(), owner.id())
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2)))
                .list();
    }

    public Optional<Row> find(SandboxId sandbox, Role owner, long id) {
        return jdbc.sql("select id, name from post_folder where sandbox_id = ? and owner = ? and id = ?")
                .params(sandbox.value(), owner.id(), id)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    public void rename(SandboxId sandbox, Role owner, long id, String name) {
        jdbc.sql("update post_folder set name = ? where sandbox_id = ? and owner = ? and id = ?")
                .params(name, sandbox.value(), owner.id(), id)
                .update();
    }

    public void delete(SandboxId sandbox, Role owner, long id) {
        jdbc.sql("delete from post_folder where sandbox_id = ? and owner = ? and id = ?")
                .params(sandbox.value(), owner.id(), id)
                .update();
    }
}
