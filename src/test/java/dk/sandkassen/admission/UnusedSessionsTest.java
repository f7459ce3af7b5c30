package dk.sandkassen.admission;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sandkassen.sandbox.SandboxService;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What is not a person's page view makes nothing, and a page fetched by something that never
 * starts its UI (a crawler, a link preview) is reclaimed soon — while a learner whose UI
 * started keeps the full timeout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sandkassen.session.timeout-before-ui=PT3S", "spring.session.jdbc.cleanup-cron=* * * * * *",
        "sandkassen.session.local-cleanup-interval=PT1S"})
class UnusedSessionsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SandboxService sandboxes;
    @Autowired
    Capacity capacity;

    @Test
    void filesChecksAndProbesMakeNoSession() {
        for (String path : new String[] {"/actuator/health", "/readyz", "/favicon.ico",
                "/icons/icon.png", "/wp-login.php", "/.env", "/styles.css",
                "/?v-r=uidl", "/?v-r=heartbeat"}) {
            HttpResponse<String> response = new Visitor(port).get(path);
            assertThat(Visitor.setCookie(response)).as(path + " " + response.statusCode()).isEmpty();
        }
    }

    @Test
    void aPageWhoseUiNeverStartsIsReclaimedAndAStartedOneIsKept() throws InterruptedException {
        long sandboxesBefore = sandboxes.count();
        Thread.sleep(1500); // sessions of the other test are gone (3 s before the UI starts)
        Visitor crawler = new Visitor(port);
        HttpResponse<String> page = crawler.get("/");
        String crawlerCookie = Visitor.setCookie(page).orElseThrow();
        assertThat(sandboxes.count()).as("no sandbox for a page alone").isEqualTo(sandboxesBefore);

        Visitor learner = new Visitor(port);
        HttpResponse<String> ui = learner.startUi();
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).as("the UI started").contains("appConfig");
        String learnerCookie = learner.cookie();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (sessionExists(crawlerCookie) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertThat(sessionExists(crawlerCookie)).as("the crawler's session is gone").isFalse();
        Thread.sleep(1500);
        assertThat(capacity.allSessions()).as("only the learner is held on the node").isEqualTo(1);
        assertThat(capacity.openSessions()).as("and counted as a learner").isEqualTo(1);
        assertThat(sessionExists(learnerCookie)).as("the learner's session, past the crawler's timeout").isTrue();
    }

    private boolean sessionExists(String cookie) {
        String id = new String(java.util.Base64.getDecoder().decode(cookie.substring("SESSION=".length())));
        return jdbc.sql("select count(*) from SPRING_SESSION where SESSION_ID = ?").param(id).query(Long.class).single() > 0;
    }
}
