package dk.sandkassen.post.internal;

import dk.sandkassen.identity.Role;
import dk.sandkassen.post.FolderRef;
import dk.sandkassen.post.Letter;
import dk.sandkassen.post.SenderCategory;
import dk.sandkassen.sandbox.SandboxId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The post_letter table. Every query is scoped by sandbox and owner. */
@Repository
public class LetterStore {

    private static final String COLUMNS = """
            l.id, l.owner, l.template_id, l.ref, l.sender, l.category, l.subject, l.body, l.received_at, l.unread,
            l.reply_allowed, l.attachment_name, l.folder, l.folder_id, l.deleted_from, l.deleted_from_id,
            l.recipient, l.in_reply_to, l.helper,
            (select count(*) from post_attachment a where a.letter_id = l.id) as uploads
            """;
    private static final String INSERT = """
            insert into post_letter (sandbox_id, owner, template_id, ref, sender, category, subject, body, received_at,
                unread, reply_allowed, attachment_name, folder, folder_id, recipient, in_reply_to, helper)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final RowMapper<Letter> ROW = LetterStore::map;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public LetterStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Inserts many letters in one batch (a new sandbox's mailbox). */
    public void insertAll(SandboxId sandbox, List<Letter> letters) {
        template.batchUpdate(INSERT, letters, 64, (ps, letter) -> bind(ps, sandbox, letter));
    }

    public long insert(SandboxId sandbox, Letter letter) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        template.update(connection -> {
            PreparedStatement ps = connection.prepareStatement(INSERT, new String[] {"id"});
            bind(ps, sandbox, letter);
            return ps;
        }, key);
        return key.getKeyAs(Long.class);
    }

    public Optional<Letter> find(SandboxId sandbox, Role owner, long id) {
        return jdbc.sql("select " + COLUMNS + " from post_letter l where l.sandbox_id = ? and l.owner = ? and l.id = ?")
                .params(sandbox.value(), owner.id(), id)
                .query(ROW)
                .optional();
    }

    /** The newest of {@code owner}'s letters an exercise names {@code name} (its ref, else its template id). */
    public Optional<Letter> named(SandboxId sandbox, Role owner, String name) {
        return jdbc.sql("select " + COLUMNS + " from post_letter l where l.sandbox_id = ? and l.owner = ?"
                        + " and coalesce(l.ref, l.template_id) = ? order by l.received_at desc, l.id desc limit 1")
                .params(sandbox.value(), owner.id(), name)
                .query(ROW)
                .optional();
    }

    /** Letters in a folder (or in every folder with {@code folder == null}), matching the search, one page. */
    public List<Letter> page(SandboxId sandbox, Role owner, @Nullable FolderRef folder, String search, boolean bySender,
                             int offset, int limit) {
        Query q = query(sandbox, owner, folder, search);
        String order = bySender ? " order by lower(l.sender), l.received_at desc, l.id desc" : " order by l.received_at desc, l.id desc";
        return jdbc.sql("select " + COLUMNS + " from post_letter l where " + q.where + order + " limit ? offset ?")
                .params(q.append(limit, offset))
                .query(ROW)
                .list();
    }

    /** Every letter in the sandbox, in all its mailboxes. */
    public int countAll(SandboxId sandbox) {
        return jdbc.sql("select count(*) from post_letter where sandbox_id = ?").params(sandbox.value())
                .query(Integer.class).single();
    }

    public int count(SandboxId sandbox, Role owner, @Nullable FolderRef folder, String search) {
        Query q = query(sandbox, owner, folder, search);
        return jdbc.sql("select count(*) from post_letter l where " + q.where).params(q.params).query(Integer.class).single();
    }

    /** How many letters, and how many unread, in each folder of a mailbox: one query for the folder list. */
    public Map<FolderRef, Tally> tallies(SandboxId sandbox, Role owner) {
        Map<FolderRef, Tally> tallies = new HashMap<>();
        jdbc.sql("""
                        select l.folder, l.folder_id, count(*) as letters, sum(case when l.unread then 1 else 0 end) as unread
                        from post_letter l where l.sandbox_id = ? and l.owner = ? group by l.folder, l.folder_id""")
                .params(sandbox.value(), owner.id())
                .query((rs, n) -> {
                    long id = rs.getLong("folder_id");
                    FolderRef.Kind kind = FolderRef.Kind.valueOf(rs.getString("folder").toUpperCase(Locale.ROOT));
                    FolderRef ref = kind == FolderRef.Kind.CUSTOM ? FolderRef.custom(id) : new FolderRef(kind, null);
                    return Map.entry(ref, new Tally(rs.getInt("letters"), rs.getInt("unread")));
                })
                .list()
                .forEach(entry -> tallies.merge(entry.getKey(), entry.getValue(), Tally::plus));
        return tallies;
    }

    /** Letters and unread letters in one folder. */
    public record Tally(int letters, int unread) {
        public static final Tally NONE = new Tally(0, 0);

        Tally plus(Tally other) {
            return new Tally(letters + other.letters, unread + other.unread);
        }
    }

    public List<Letter> all(SandboxId sandbox, Role owner) {
        return jdbc.sql("select " + COLUMNS + " from post_letter l where l.sandbox_id = ? and l.owner = ? order by l.received_at desc")
                .params(sandbox.value(), owner.id())
                .query(ROW)
                .list();
    }

    public void setUnread(SandboxId sandbox, Role owner, Collection<Long> ids, boolean unread) {
        for (long id : ids) {
            jdbc.sql("update post_letter set unread = ? where sandbox_id = ? and owner = ? and id = ?")
                    .params(unread, sandbox.value(), owner.id(), id)
                    .update();
        }
    }

    public void moveTo(SandboxId sandbox, Role owner, long id, FolderRef folder) {
        jdbc.sql("update post_letter set folder = ?, folder_id = ?, deleted_from = null, deleted_from_id = null "
                        + "where sandbox_id = ? and owner = ? and id = ?")
                .params(folder.kind().id(), folder.customId(), sandbox.value(), owner.id(), id)
                .update();
    }

    public void moveToDeleted(SandboxId sandbox, Role owner, long id, FolderRef from) {
        jdbc.sql("update post_letter set folder = 'deleted', folder_id = null, deleted_from = ?, deleted_from_id = ? "
                        + "where sandbox_id = ? and owner = ? and id = ?")
                .params(from.kind().id(), from.customId(), sandbox.value(), owner.id(), id)
                .update();
    }

    public void delete(SandboxId sandbox, Role owner, long id) {
        jdbc.sql("delete from post_letter where sandbox_id = ? and owner = ? and id = ?")
                .params(sandbox.value(), owner.id(), id)
                .update();
    }

    public void updateDraft(SandboxId sandbox, Role owner, long id, String recipient, SenderCategory category,
                            String subject, String body) {
        jdbc.sql("update post_letter set recipient = ?, category = ?, subject = ?, body = ? "
                        + "where sandbox_id = ? and owner = ? and id = ? and folder = 'drafts'")
                .params(recipient, category.id(), subject, body, sandbox.value(), owner.id(), id)
                .update();
    }

    public void send(SandboxId sandbox, Role owner, long id, Timestamp at) {
        jdbc.sql("update post_letter set folder = 'sent', received_at = ? where sandbox_id = ? and owner = ? and id = ?")
                .params(at, sandbox.value(), owner.id(), id)
                .update();
    }

    private record Query(String where, List<Object> params) {
        Object[] append(Object... more) {
            List<Object> all = new java.util.ArrayList<>(params);
            all.addAll(List.of(more));
            return all.toArray();
        }
    }

    private static Query query(SandboxId sandbox, Role owner, @Nullable FolderRef folder, String search) {
        StringBuilder where = new StringBuilder("l.sandbox_id = ? and l.owner = ?");
        List<Object> params = new java.util.ArrayList<>(List.of(sandbox.value(), owner.id()));
        if (folder != null) {
            where.append(" and l.folder = ?");
            params.add(folder.kind().id());
            if (folder.isCustom()) {
                where.append(" and l.folder_id = ?");
                params.add(folder.customId());
            }
        }
        if (!search.isBlank()) {
            String like = "%" + search.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" and (lower(l.sender) like ? escape '\\' or lower(l.subject) like ? escape '\\' or lower(l.body) like ? escape '\\')");
            params.add(like);
            params.add(like);
            params.add(like);
        }
        return new Query(where.toString(), params);
    }

    private static void bind(PreparedStatement ps, SandboxId sandbox, Letter l) throws SQLException {
        ps.setObject(1, sandbox.value());
        ps.setString(2, l.owner().id());
        ps.setString(3, l.templateId());
        ps.setString(4, l.ref());
        ps.setString(5, l.sender());
        ps.setString(6, l.category().id());
        ps.setString(7, l.subject());
        ps.setString(8, l.body());
        ps.setTimestamp(9, Timestamp.from(l.receivedAt()));
        ps.setBoolean(10, l.unread());
        ps.setBoolean(11, l.replyAllowed());
        ps.setString(12, l.attachmentName());
        ps.setString(13, l.folder().kind().id());
        if (l.folder().customId() == null) {
            ps.setNull(14, Types.BIGINT);
        } else {
            ps.setLong(14, l.folder().customId());
        }
        ps.setString(15, l.recipient());
        if (l.inReplyTo() == null) {
            ps.setNull(16, Types.BIGINT);
        } else {
            ps.setLong(16, l.inReplyTo());
        }
        ps.setString(17, l.helper() == null ? null : l.helper().id());
    }

    private static Letter map(ResultSet rs, int row) throws SQLException {
        FolderRef folder = folder(rs.getString("folder"), rs.getObject("folder_id", Long.class));
        String deletedFrom = rs.getString("deleted_from");
        return new Letter(rs.getLong("id"), Role.fromId(rs.getString("owner")).orElseThrow(), rs.getString("template_id"),
                rs.getString("ref"), rs.getString("sender"), SenderCategory.fromId(rs.getString("category")).orElseThrow(),
                rs.getString("subject"), rs.getString("body"), rs.getTimestamp("received_at").toInstant(),
                rs.getBoolean("unread"), rs.getBoolean("reply_allowed"), rs.getString("attachment_name"), folder,
                deletedFrom == null ? null : folder(deletedFrom, rs.getObject("deleted_from_id", Long.class)),
                rs.getString("recipient"), rs.getObject("in_reply_to", Long.class),
                rs.getString("helper") == null ? null : Role.fromId(rs.getString("helper")).orElse(null),
                rs.getInt("uploads"));
    }

    private static FolderRef folder(String kind, @Nullable Long id) {
        return new FolderRef(FolderRef.Kind.valueOf(kind.toUpperCase(Locale.ROOT)), id);
    }
}
