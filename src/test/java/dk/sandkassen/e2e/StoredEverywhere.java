package dk.sandkassen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Looks for a text in every row of every table of the database — also in binary columns such
 * as the stored sessions' serialized attributes — to prove that something was kept nowhere.
 */
final class StoredEverywhere {

    private final JdbcClient jdbc;

    StoredEverywhere(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void assertNowhere(String text) {
        List<String> tables = jdbc.sql("select table_name from information_schema.tables where lower(table_schema) = 'public'"
                + " and lower(table_type) in ('base table', 'table')").query(String.class).list();
        assertThat(tables).as("the tables looked in").contains("SANDBOX_EVENT", "SAFETY_MESSAGE", "SPRING_SESSION_ATTRIBUTES");
        List<String> found = new ArrayList<>();
        for (String table : tables) {
            jdbc.sql("select * from \"" + table + "\"").query((ResultSet rs) -> {
                ResultSetMetaData meta = rs.getMetaData();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    Object value = rs.getObject(column);
                    if (value instanceof java.sql.Blob blob) {
                        value = blob.getBytes(1, (int) blob.length());
                    } else if (value instanceof java.sql.Clob clob) {
                        value = clob.getSubString(1, (int) clob.length());
                    }
                    String shown = value instanceof byte[] bytes
                            ? new String(bytes, StandardCharsets.UTF_8) + new String(bytes, StandardCharsets.UTF_16BE)
                            + new String(bytes, StandardCharsets.ISO_8859_1)
                            : String.valueOf(value);
                    if (shown.contains(text)) {
                        found.add(table + "." + meta.getColumnName(column));
                    }
                }
            });
        }
        assertThat(found).as("where '" + text + "' was kept").isEmpty();
    }
}
