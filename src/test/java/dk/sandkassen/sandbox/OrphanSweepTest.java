package dk.sandkassen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sandkassen.identity.Persona;
import dk.sandkassen.session.NodeLocalSessionRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.session.Session;

@SpringBootTest
class OrphanSweepTest {

    @Autowired
    SandboxService sandboxes;
    @Autowired
    OrphanSweep sweep;
    @Autowired
    NodeLocalSessionRepository sessions;

    @Test
    void theSweepRemovesASandboxNoSessionOwnsAndKeepsOwnedOnes() throws InterruptedException {
        Session session = sessions.createSession();
        String owner = sessions.persistNow(session.getId()).orElseThrow();
        Sandbox owned = sandboxes.create(Persona.ADULT, 1, owner);
        Sandbox orphan = sandboxes.create(Persona.ADULT, 2);
        Thread.sleep(5);

        assertThat(sweep.sweep(java.time.Duration.ZERO)).isGreaterThanOrEqualTo(1);

        assertThat(sandboxes.exists(orphan.id())).isFalse();
        assertThat(sandboxes.exists(owned.id())).isTrue();

        sessions.deleteById(session.getId());
        assertThat(sandboxes.exists(owned.id())).as("deleted with its session").isFalse();
    }
}
