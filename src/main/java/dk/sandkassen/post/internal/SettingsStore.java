package dk.sandkassen.post.internal;

import dk.sandkassen.identity.Role;
import dk.sandkassen.post.NotificationSettings;
import dk.sandkassen.sandbox.SandboxId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The post_settings and post_notification tables. */
@Repository
public class SettingsStore {

    public record Notification(long id, String channel, String address, String text, Instant at) {
    }

    private final JdbcClient jdbc;

    public SettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public NotificationSettings settings(SandboxId sandbox, Role owner) {
        return jdbc.sql("select mobile, email1, email2, notify_sms, notify_email, nemsms from post_settings where sandbox_id = ? and owner = ?")
                .params(sandbox.value(), owner.id())
                .query((rs, n) -> new NotificationSettings(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6)))
                .optional()
                .orElse(NotificationSettings.NONE);
    }

    public void save(SandboxId sandbox, Role owner, NotificationSettings s) {
        int updated = jdbc.sql("update post_settings set mobile = ?, email1 = ?, email2 = ?, notify_sms = ?, notify_email = ?, nemsms = ? "
                        + "where sandbox_id = ? and owner = ?")
                .params(s.mobile(), s.email1(), s.email2(), s.notifySms(), s.notifyEmail(), s.nemSms(), sandbox.value(), owner.id())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into post_settings (sandbox_id, owner, mobile, email1, email2, notify_sms, notify_email, nemsms) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(sandbox.value(), owner.id(), s.mobile(), s.email1(), s.email2(), s.notifySms(), s.notifyEmail(), s.nemSms())
                    .update();
        }
    }

    public void notify(SandboxId sandbox, Role owner, String channel, String address, String text, Instant at) {
        jdbc.sql("insert into post_notification (sandbox_id, owner, channel, address, text, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(sandbox.value(), owner.id(), channel, address, text, Timestamp.from(at))
                .update();
    }

    public List<Notification> notifications(SandboxId sandbox, Role owner) {
        return jdbc.sql("select id, channel, address, text, created_at from post_notification where sandbox_id = ? and owner = ? order by id desc")
                .params(sandbox.value(), owner.id())
                .query((rs, n) -> new Notification(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }
}
