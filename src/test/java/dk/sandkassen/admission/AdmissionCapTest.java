package dk.sandkassen.admission;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sandkassen.sandbox.SandboxService;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Past the cap, a new visitor gets a calm page in their language that tries again by itself,
 * and nothing is made for them: no session, no row, no sandbox. Learners inside carry on, and
 * the node says it is not ready for more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sandkassen.capacity.max-sessions=4", "sandkassen.session.timeout-before-ui=PT10M"})
class AdmissionCapTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SandboxService sandboxes;
    @Autowired
    Capacity capacity;

    @Test
    void pastTheCapNewVisitorsGetTheFullPageAndNothingIsCreated() {
        Visitor first = new Visitor(port);
        assertThat(first.startUi().statusCode()).isEqualTo(200);
        for (int i = 1; i < 3; i++) {
            assertThat(new Visitor(port).startUi().statusCode()).isEqualTo(200);
        }
        // Pages whose UI never starts (~5 KiB each) do not close the node to learners.
        for (int i = 0; i < 10; i++) {
            assertThat(new Visitor(port).get("/").statusCode()).isEqualTo(200);
        }
        assertThat(capacity.isFull()).isFalse();
        assertThat(new Visitor(port).startUi().statusCode()).isEqualTo(200);
        assertThat(capacity.isFull()).isTrue();
        long rows = sessionRows();
        long sandboxesBefore = sandboxes.count();
        HttpResponse<String> readiness = new Visitor(port).get("/readyz");
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("OUT_OF_SERVICE");
        assertThat(new Visitor(port).get("/livez").statusCode()).isEqualTo(200);

        HttpResponse<String> danish = new Visitor(port).get("/post");
        assertThat(danish.statusCode()).isEqualTo(503);
        assertThat(danish.body()).contains("Sandkassen er fuld lige nu").contains("<html lang=\"da\"")
                .contains("<meta http-equiv=\"refresh\" content=\"20\">").contains("om 20 sekunder");
        assertThat(danish.headers().firstValue("Retry-After")).contains("20");
        assertThat(Visitor.setCookie(danish)).isEmpty();

        HttpResponse<String> english = new Visitor(port, null, "en-GB,en;q=0.9,da;q=0.5").get("/");
        assertThat(english.statusCode()).isEqualTo(503);
        assertThat(english.body()).contains("Sandkassen is full right now").contains("<html lang=\"en\"");
        HttpResponse<String> uiStart = new Visitor(port).get("/?v-r=init&location=&query=");
        assertThat(uiStart.statusCode()).isEqualTo(503);

        assertThat(sessionRows()).as("no session row for those turned away").isEqualTo(rows);
        assertThat(sandboxes.count()).as("no sandbox for those turned away").isEqualTo(sandboxesBefore);
        assertThat(capacity.openSessions()).isEqualTo(4);
        assertThat(capacity.allSessions()).isEqualTo(14);

        // A learner already inside is never turned away.
        assertThat(first.get("/post").statusCode()).isEqualTo(200);
        assertThat(first.get("/?v-r=init&location=post&query=").statusCode()).isEqualTo(200);
    }

    private long sessionRows() {
        return jdbc.sql("select count(*) from SPRING_SESSION").query(Long.class).single();
    }
}
