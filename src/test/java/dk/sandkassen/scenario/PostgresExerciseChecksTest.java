package dk.sandkassen.scenario;

import dk.sandkassen.testsupport.Postgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every check of the scenario format on PostgreSQL, where an error aborts the transaction it
 * happens in: the engine runs after the learner's commit, in a transaction of its own.
 */
@ActiveProfiles("postgres")
class PostgresExerciseChecksTest extends ExerciseChecksTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry, "exercises");
    }
}
