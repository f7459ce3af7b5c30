package dk.sandkassen.ops;

import dk.sandkassen.sandbox.SandboxService;
import dk.sandkassen.session.NodeLocalSessionRepository;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/sandkassen}: open learner sessions (stored, and held on this node), live
 * sandboxes, the rows of sandbox data in every table, and the heap. A POST first collects garbage, so that heap per session can be
 * read as live data after GC. Exposed only when configured: it is for whoever runs the server,
 * and it exists only on a management port of its own bound to loopback (see
 * {@link OnLoopbackManagementPort}), never on the port learners use.
 */
@Component
@Conditional(OnLoopbackManagementPort.class)
@Endpoint(id = "sandkassen")
class SandkassenEndpoint {

    private final SandboxService sandboxes;
    private final NodeLocalSessionRepository sessions;
    private final JdbcClient jdbc;

    SandkassenEndpoint(SandboxService sandboxes, NodeLocalSessionRepository sessions, JdbcClient jdbc) {
        this.sandboxes = sandboxes;
        this.sessions = sessions;
        this.jdbc = jdbc;
    }

    /**
     * Figures as they are now; the heap includes garbage not yet collected. {@code processCpuMillis}:
     * the CPU time this JVM has used since it started (-1 where the JVM cannot say), so that a load
     * driver can print CPU-ms per learner action, a figure that holds better on a noisy machine than a time.
     */
    public record Figures(long sandboxes, long sandboxRows, long storedSessions, int sessionsOnThisNode,
                          long heapUsedBytes, long heapMaxBytes, long processCpuMillis) {
    }

    @ReadOperation
    Figures figures() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return new Figures(sandboxes.count(), sandboxRows(), storedSessions(), sessions.localSessions(), heap.getUsed(),
                heap.getMax(), processCpuMillis());
    }

    /** Collects garbage, then reports: the heap is then what the open sessions really hold. */
    @WriteOperation
    Figures collect() {
        System.gc();
        return figures();
    }

    /** Rows in the sandbox table and in every table with a sandbox_id column, found in the schema. */
    private long sandboxRows() {
        List<String> tables = jdbc.sql("""
                        select distinct lower(table_name) from information_schema.columns
                        where lower(column_name) = 'sandbox_id' and lower(table_schema) = 'public'""")
                .query(String.class)
                .list();
        long rows = sandboxes.count();
        for (String table : tables) {
            if (!table.matches("[a-z_][a-z0-9_]*")) {
                continue; // only plain table names are ever put into the statement
            }
            rows += jdbc.sql("select count(*) from " + table).query(Long.class).single();
        }
        return rows;
    }

    private static long processCpuMillis() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }

    private long storedSessions() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }
}
