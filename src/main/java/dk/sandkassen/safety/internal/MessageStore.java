package dk.sandkassen.safety.internal;

import dk.sandkassen.identity.Role;
import dk.sandkassen.safety.MessageId;
import dk.sandkassen.safety.Verdict;
import dk.sandkassen.sandbox.SandboxId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The safety_message table. Every query is scoped by sandbox and owner. */
@Repository
public class MessageStore {

    private final JdbcClient jdbc;

    public MessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored message: the template it is written from, and the learner's latest answer. */
    public record Row(MessageId id, String templateId, @Nullable String ref, Instant receivedAt, @Nullable Verdict verdict) {
    }

    public MessageId insert(SandboxId sandbox, Role owner, String templateId, @Nullable String ref, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into safety_message (sandbox_id, owner, template_id, ref, received_at) values (?, ?, ?, ?, ?)")
                .params(sandbox.value(), owner.id(), templateId, ref, Timestamp.from(at))
                .update(key, "id");
        return new MessageId(key.getKeyAs(Long.class));
    }

    /** Newest first. */
    public List<Row> list(SandboxId sandbox, Role owner) {
        return jdbc.sql("select id, template_id, ref, received_at, verdict from safety_message"
                        + " where sandbox_id = ? and owner = ? order by id desc")
                .params(sandbox.value(), owner.id())
                .query((rs, n) -> row(rs))
                .list();
    }

    public Optional<Row> find(SandboxId sandbox, Role owner, MessageId id) {
        return jdbc.sql("select id, template_id, ref, received_at, verdict from safety_message"
                        + " where sandbox_id = ? and owner = ? and id = ?")
                .params(sandbox.value(), owner.id(), id.value())
                .query((rs, n) -> row(rs))
                .optional();
    }

    public void judge(SandboxId sandbox, Role owner, MessageId id, Verdict verdict) {
        jdbc.sql("update safety_message set verdict = ? where sandbox_id = ? and owner = ? and id = ?")
                .params(verdict.id(), sandbox.value(), owner.id(), id.value())
                .update();
    }

    public int count(SandboxId sandbox) {
        return jdbc.sql("select count(*) from safety_message where sandbox_id = ?").param(sandbox.value())
                .query(Integer.class).single();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        String verdict = rs.getString(5);
        return new Row(new MessageId(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                verdict == null ? null : Verdict.fromId(verdict).orElse(null));
    }
}
