package dk.sandkassen.sandbox;

/**
 * A feature's contribution to a new sandbox (credentials, letters, ...). Every seeder runs
 * in the transaction that creates the sandbox, and must draw any random values from
 * {@link Sandbox#seed()} so the same seed rebuilds the same sandbox.
 */
public interface SandboxSeeder {

    void seed(Sandbox sandbox);
}
