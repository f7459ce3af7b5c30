package dk.sandkassen.e2e;

import dk.sandkassen.testsupport.Postgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same expiry journey on PostgreSQL: the same migrations, the same cascade. */
@ActiveProfiles("postgres")
class PostgresSessionExpiryIT extends SessionExpiryIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry, "expiry");
    }
}
