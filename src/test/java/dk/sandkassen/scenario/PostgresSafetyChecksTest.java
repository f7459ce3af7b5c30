package dk.sandkassen.scenario;

import dk.sandkassen.testsupport.Postgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The safety checks on PostgreSQL too: the migration V8 and every query of the safety feature. */
@ActiveProfiles("postgres")
class PostgresSafetyChecksTest extends SafetyChecksTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry, "safety");
    }
}
