package dk.sandkassen.login.internal;

import dk.sandkassen.identity.Cpr;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Authenticator;
import dk.sandkassen.login.Credentials;
import dk.sandkassen.sandbox.SandboxId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The login_credential and login_used_key tables. */
@Repository
public class CredentialStore {

    private static final String COLUMNS = """
            c.role, p.cpr, c.nemid_user_id, c.nemid_password, c.mitid_user_id, c.mitid_password, c.app_pin,
            c.nemid_failures, c.nemid_blocked, c.mitid_failures, c.mitid_blocked, c.last_authenticator, c.code_counter
            """;
    private static final RowMapper<Credentials> ROW = (rs, n) -> new Credentials(
            Role.fromId(rs.getString(1)).orElseThrow(), new Cpr(rs.getString(2)), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getBoolean(9), rs.getInt(10),
            rs.getBoolean(11), rs.getString(12) == null ? null : Authenticator.fromId(rs.getString(12)).orElse(null),
            rs.getInt(13));

    private final JdbcClient jdbc;

    public CredentialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(SandboxId sandbox, Credentials c) {
        jdbc.sql("""
                        insert into login_credential (sandbox_id, role, nemid_user_id, nemid_password, mitid_user_id,
                            mitid_password, app_pin) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(sandbox.value(), c.role().id(), c.nemIdUserId(), c.nemIdPassword(), c.mitIdUserId(),
                        c.mitIdPassword(), c.appPin())
                .update();
    }

    public Optional<Credentials> find(SandboxId sandbox, Role role) {
        return jdbc.sql("select " + COLUMNS + """
                         from login_credential c join sandbox_person p on p.sandbox_id = c.sandbox_id and p.role = c.role
                         where c.sandbox_id = ? and c.role = ?""")
                .params(sandbox.value(), role.id())
                .query(ROW)
                .optional();
    }

    public List<Credentials> all(SandboxId sandbox) {
        return jdbc.sql("select " + COLUMNS + """
                         from login_credential c join sandbox_person p on p.sandbox_id = c.sandbox_id and p.role = c.role
                         where c.sandbox_id = ?""")
                .param(sandbox.value())
                .query(ROW)
                .list();
    }

    public void recordFailure(SandboxId sandbox, Role role, boolean nemId, boolean block) {
        String prefix = nemId ? "nemid" : "mitid";
        jdbc.sql("update login_credential set " + prefix + "_failures = " + prefix + "_failures + 1, "
                        + prefix + "_blocked = " + prefix + "_blocked or ? where sandbox_id = ? and role = ?")
                .params(block, sandbox.value(), role.id())
                .update();
    }

    public void resetFailures(SandboxId sandbox, Role role, boolean nemId) {
        String prefix = nemId ? "nemid" : "mitid";
        jdbc.sql("update login_credential set " + prefix + "_failures = 0, " + prefix + "_blocked = false "
                        + "where sandbox_id = ? and role = ?")
                .params(sandbox.value(), role.id())
                .update();
    }

    public void rememberAuthenticator(SandboxId sandbox, Role role, Authenticator authenticator) {
        jdbc.sql("update login_credential set last_authenticator = ? where sandbox_id = ? and role = ?")
                .params(authenticator.id(), sandbox.value(), role.id())
                .update();
    }

    public int nextCode(SandboxId sandbox, Role role) {
        jdbc.sql("update login_credential set code_counter = code_counter + 1 where sandbox_id = ? and role = ?")
                .params(sandbox.value(), role.id())
                .update();
        return find(sandbox, role).orElseThrow().codeCounter();
    }

    public void setNemIdUserId(SandboxId sandbox, Role role, @Nullable String userId) {
        jdbc.sql("update login_credential set nemid_user_id = ? where sandbox_id = ? and role = ?")
                .params(userId, sandbox.value(), role.id())
                .update();
    }

    public void setNemIdPassword(SandboxId sandbox, Role role, String password) {
        jdbc.sql("update login_credential set nemid_password = ? where sandbox_id = ? and role = ?")
                .params(password, sandbox.value(), role.id())
                .update();
    }

    public void setMitIdUserId(SandboxId sandbox, Role role, String userId) {
        jdbc.sql("update login_credential set mitid_user_id = ? where sandbox_id = ? and role = ?")
                .params(userId, sandbox.value(), role.id())
                .update();
    }

    public Set<String> usedKeys(SandboxId sandbox, Role role) {
        return Set.copyOf(jdbc.sql("select key_number from login_used_key where sandbox_id = ? and role = ?")
                .params(sandbox.value(), role.id())
                .query(String.class)
                .list());
    }

    public void useKey(SandboxId sandbox, Role role, String keyNumber) {
        jdbc.sql("insert into login_used_key (sandbox_id, role, key_number) values (?, ?, ?)")
                .params(sandbox.value(), role.id(), keyNumber)
                .update();
    }
}
