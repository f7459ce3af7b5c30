package dk.sandkassen.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every table that holds sandbox data, found in the schema (the sandbox table and every table
 * with a SANDBOX_ID column), so a purge test covers tables added by later features too.
 */
public final class SandboxTables {

    private final JdbcClient jdbc;

    public SandboxTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> names() {
        List<String> withSandboxId = jdbc.sql("""
                        select distinct lower(table_name) from information_schema.columns
                        where lower(column_name) = 'sandbox_id' and lower(table_schema) = 'public'
                        order by 1""")
                .query(String.class)
                .list();
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("sandbox"), withSandboxId.stream()).toList();
    }

    /** Rows per table that belong to {@code sandbox}. */
    public Map<String, Long> rowsOf(UUID sandbox) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : names()) {
            String column = table.equals("sandbox") ? "id" : "sandbox_id";
            rows.put(table, jdbc.sql("select count(*) from " + table + " where " + column + " = ?")
                    .param(sandbox).query(Long.class).single());
        }
        return rows;
    }

    /** Rows per table, all sandboxes together. */
    public Map<String, Long> allRows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : names()) {
            rows.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return rows;
    }

    public List<UUID> sandboxIds() {
        return jdbc.sql("select id from sandbox").query(UUID.class).list();
    }

    /**
     * The sandbox of the session whose cookie is {@code sessionCookie} (the SESSION cookie's value,
     * the session id in Base64), or empty. Tests that share the app with others find their own
     * learner this way, never as "the sandbox that is new" or by counting everybody's rows.
     */
    public java.util.Optional<UUID> sandboxOfSessionCookie(String sessionCookie) {
        return jdbc.sql("select s.id from sandbox s join spring_session ss on s.session_id = ss.primary_id where ss.session_id = ?")
                .param(sessionId(sessionCookie)).query(UUID.class).optional();
    }

    /** Whether the session whose cookie is {@code sessionCookie} still has its row. */
    public boolean hasSession(String sessionCookie) {
        return jdbc.sql("select count(*) from spring_session where session_id = ?").param(sessionId(sessionCookie))
                .query(Long.class).single() > 0;
    }

    private static String sessionId(String sessionCookie) {
        return new String(java.util.Base64.getDecoder().decode(sessionCookie), java.nio.charset.StandardCharsets.UTF_8);
    }

    public long sessionRows() {
        return jdbc.sql("select count(*) from SPRING_SESSION").query(Long.class).single();
    }
}
