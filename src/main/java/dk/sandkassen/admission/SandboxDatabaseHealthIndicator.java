package dk.sandkassen.admission;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Part of readiness ("sandboxDatabase"): the learners' tables answer. A plain connection check
 * is not enough — when H2 closes an in-memory database (after an out-of-memory error), the next
 * connection quietly makes a new, empty one, where every learner's sandbox is missing.
 */
@Component
class SandboxDatabaseHealthIndicator implements HealthIndicator {

    private final JdbcClient jdbc;

    SandboxDatabaseHealthIndicator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Health health() {
        try {
            long sandboxes = jdbc.sql("select count(*) from sandbox").query(Long.class).single();
            return Health.up().withDetail("sandboxes", sandboxes).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
