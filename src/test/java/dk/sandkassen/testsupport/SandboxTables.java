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

    public long sessionRows() {
        return jdbc.sql("select count(*) from SPRING_SESSION").query(Long.class).single();
    }
}
