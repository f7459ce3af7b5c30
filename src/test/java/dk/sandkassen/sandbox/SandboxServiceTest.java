package dk.sandkassen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sandkassen.identity.Persona;
import dk.sandkassen.testsupport.SandboxTables;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class SandboxServiceTest {

    @Autowired
    SandboxService sandboxes;
    @Autowired
    SandboxEvents events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    dk.sandkassen.safety.SafetyService safety;

    @Test
    void theSameSeedRebuildsTheSameSandbox() {
        Sandbox first = sandboxes.create(Persona.PENSIONER, 4711);
        Sandbox again = sandboxes.create(Persona.PENSIONER, 4711);
        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(again.household()).isEqualTo(first.household());
        assertThat(sandboxes.find(first.id()).orElseThrow().household()).isEqualTo(first.household());
    }

    @Test
    void purgingLeavesNoRowInAnySandboxTable() {
        Sandbox sandbox = sandboxes.create(Persona.ADULT, 42);
        Sandbox other = sandboxes.create(Persona.YOUNG, 43);
        events.record(sandbox.id(), "test.something", Map.of("what", "a thing"));
        events.record(other.id(), "test.something", Map.of("what", "another thing"));
        safety.deliver(sandbox, "fake-parcel-fee-sms", "sms");
        safety.startCall(sandbox);
        SandboxTables tables = new SandboxTables(jdbc);
        assertThat(tables.rowsOf(sandbox.id().value()).values()).anyMatch(count -> count > 0);
        assertThat(tables.rowsOf(sandbox.id().value()).get("safety_message")).as("the phone's messages").isEqualTo(1);

        assertThat(sandboxes.purge(sandbox.id())).isTrue();

        assertThat(tables.rowsOf(sandbox.id().value())).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(tables.rowsOf(other.id().value()).get("sandbox_event")).isEqualTo(1);
        assertThat(sandboxes.find(other.id())).isPresent();
    }

    @Test
    void eventsAreRecordedInOrderWithTheirDetails() {
        Sandbox sandbox = sandboxes.create(Persona.ADULT, 7);
        java.util.List<SandboxEvent> heard = new java.util.ArrayList<>();
        Runnable stop = events.listen(sandbox.id(), heard::add);
        events.record(sandbox.id(), "first", "self", Map.of("a", "1"));
        events.record(sandbox.id(), "second", Map.of("b", "<script>alert(1)</script>"));
        stop.run();
        events.record(sandbox.id(), "third", Map.of());

        assertThat(events.list(sandbox.id())).extracting(SandboxEvent::type).containsExactly("first", "second", "third");
        assertThat(events.list(sandbox.id()).get(1).detail("b")).isEqualTo("<script>alert(1)</script>");
        assertThat(events.list(sandbox.id()).getFirst().actor()).isEqualTo("self");
        assertThat(heard).extracting(SandboxEvent::type).containsExactly("first", "second");
    }
}
