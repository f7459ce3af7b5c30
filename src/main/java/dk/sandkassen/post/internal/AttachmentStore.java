package dk.sandkassen.post.internal;

import dk.sandkassen.sandbox.SandboxId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The post_attachment table: files the learner attached to a message they wrote. */
@Repository
public class AttachmentStore {

    public record Info(long id, long letterId, String fileName, String contentType, long size) {
    }

    private final JdbcClient jdbc;

    public AttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(SandboxId sandbox, long letterId, String fileName, String contentType, byte[] data) {
        jdbc.sql("insert into post_attachment (sandbox_id, letter_id, file_name, content_type, size_bytes, data) values (?, ?, ?, ?, ?, ?)")
                .params(sandbox.value(), letterId, fileName, contentType, data.length, data)
                .update();
    }

    public List<Info> list(SandboxId sandbox, long letterId) {
        return jdbc.sql("select id, letter_id, file_name, content_type, size_bytes from post_attachment where sandbox_id = ? and letter_id = ? order by id")
                .params(sandbox.value(), letterId)
                .query((rs, n) -> new Info(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .list();
    }

    public Optional<byte[]> data(SandboxId sandbox, long letterId, long id) {
        return jdbc.sql("select data from post_attachment where sandbox_id = ? and letter_id = ? and id = ?")
                .params(sandbox.value(), letterId, id)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    /** The bytes of every file kept in the sandbox. */
    public long bytes(SandboxId sandbox) {
        return jdbc.sql("select coalesce(sum(size_bytes), 0) from post_attachment where sandbox_id = ?")
                .params(sandbox.value()).query(Long.class).single();
    }

    public void deleteAll(SandboxId sandbox, long letterId) {
        jdbc.sql("delete from post_attachment where sandbox_id = ? and letter_id = ?").params(sandbox.value(), letterId).update();
    }
}
