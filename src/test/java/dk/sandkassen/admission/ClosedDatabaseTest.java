package dk.sandkassen.admission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * When the database is closed (as H2 does after an out-of-memory error), the node says it is
 * not ready, so that a load balancer sends no new learner to it; it still says it is alive.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:closed-database-test;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE")
@DirtiesContext
class ClosedDatabaseTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aClosedDatabaseMakesTheNodeUnready() {
        assertThat(new Visitor(port).get("/readyz").statusCode()).isEqualTo(200);
        jdbc.sql("shutdown").update();
        assertThat(new Visitor(port).get("/readyz").statusCode()).isEqualTo(503);
        assertThat(new Visitor(port).get("/livez").statusCode()).isEqualTo(200);

        // A learner who still comes (no load balancer in front) gets the calm page in their
        // language, never the framework's page with the database's message in it.
        var answer = new Visitor(port).startUi();
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        String page = answer.body();
        assertThat(page).contains("<html lang=\"da\"", "Sandkassen har et problem lige nu").doesNotContainIgnoringCase("exception")
                .doesNotContainIgnoringCase("database").doesNotContain("SQL");
    }
}
