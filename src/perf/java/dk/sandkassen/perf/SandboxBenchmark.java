package dk.sandkassen.perf;

import dk.sandkassen.login.Actors;
import dk.sandkassen.Application;
import dk.sandkassen.identity.Persona;
import dk.sandkassen.identity.Role;
import dk.sandkassen.post.FolderRef;
import dk.sandkassen.post.Letter;
import dk.sandkassen.post.LetterSort;
import dk.sandkassen.post.Mailbox;
import dk.sandkassen.post.PostService;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a new learner costs: a complete sandbox — citizen, relatives, credentials and key card,
 * the persona's whole mailbox — created and purged through the app's own services, on the
 * app's own database (H2 in memory), per persona. Letter attachments are PDFs made when a
 * learner opens one; {@link #openEveryAttachment} measures making all of a mailbox's at once.
 *
 * <p>{@code ./mvnw -Pperf test-compile exec:exec@bench}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SandboxBenchmark {

    @Param({"YOUNG", "ADULT", "PENSIONER", "NEWCOMER"})
    public Persona persona;

    private ConfigurableApplicationContext context;
    private SandboxService sandboxes;
    private PostService post;
    private long seed = 100_000;
    private Sandbox withAttachments;

    @Setup(Level.Trial)
    public void startTheApp() {
        // The whole app, as it runs (on a free port): the services are measured with everything around them.
        context = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--management.server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn",
                        "--sandkassen.sweep.interval=PT1H");
        sandboxes = context.getBean(SandboxService.class);
        post = context.getBean(PostService.class);
        withAttachments = sandboxes.create(persona, 42);
    }

    @TearDown(Level.Trial)
    public void stopTheApp() {
        context.close();
    }

    @Benchmark
    public boolean createAndPurge() {
        Sandbox sandbox = sandboxes.create(persona, seed++);
        return sandboxes.purge(sandbox.id());
    }

    @Benchmark
    public void openEveryAttachment(Blackhole hole) {
        Mailbox own = Mailbox.own(actors.person(withAttachments, Role.SELF));
        List<Letter> letters = post.letters(own, FolderRef.INBOX, "", LetterSort.DATE, 0, 500);
        for (Letter letter : letters) {
            if (letter.attachmentName() != null) {
                hole.consume(post.letterPdf(own, letter.id()));
            }
        }
    }
}
