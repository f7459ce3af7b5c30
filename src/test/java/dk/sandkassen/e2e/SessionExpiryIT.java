package dk.sandkassen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sandkassen.testsupport.SandboxTables;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A session that expires takes its sandbox and every row in it along. The idle timeout leaves
 * room for a slow first page (a fresh context on a busy CI machine takes seconds to serve it),
 * so the sandbox is still there when the test looks for it.
 */
@TestPropertySource(properties = {
        "spring.session.timeout=12s",
        "spring.session.jdbc.cleanup-cron=* * * * * *"
})
class SessionExpiryIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void afterSessionExpiryNoRowRemainsInAnySandboxTable() throws InterruptedException {
        SandboxTables tables = new SandboxTables(jdbc);
        Set<UUID> before = new HashSet<>(tables.sandboxIds());
        WelcomePage.open(page, url("/"));
        List<UUID> mine = tables.sandboxIds().stream().filter(id -> !before.contains(id)).toList();
        assertThat(mine).hasSize(1);
        assertThat(tables.rowsOf(mine.getFirst()).get("sandbox_person")).isGreaterThan(1);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (tables.sessionRows() > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }

        assertThat(tables.sessionRows()).isZero();
        Map<String, Long> left = tables.allRows();
        assertThat(left).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
    }
}
