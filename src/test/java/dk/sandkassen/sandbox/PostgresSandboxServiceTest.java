package dk.sandkassen.sandbox;

import dk.sandkassen.testsupport.Postgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Creating and purging sandboxes on PostgreSQL, with the migrations the app runs there. */
@ActiveProfiles("postgres")
class PostgresSandboxServiceTest extends SandboxServiceTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry, "services");
    }
}
