package dk.sandkassen.scenario;

import dk.sandkassen.post.LetterCatalogue;
import dk.sandkassen.post.LetterTemplate;
import dk.sandkassen.safety.MessageCatalogue;
import dk.sandkassen.scenario.internal.ScenarioLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Every exercise and lesson the app offers: those shipped in the jar ({@code scenarios/}) and,
 * when {@code sandkassen.scenarios.dir} is set, a teacher's own folder — re-read when a file in
 * it changes, so a new exercise or lesson shows up without a restart. A broken file is left out
 * with messages in the log and on the teacher page; it never stops the app.
 */
@Service
public class ExerciseLibrary {

    private static final Logger log = LoggerFactory.getLogger(ExerciseLibrary.class);

    private final ScenarioLoader loader;
    private final @Nullable Path teacherFolder;
    private final Clock clock;
    private final List<ScenarioLoader.Source> builtIn;
    private volatile Snapshot snapshot;
    private volatile String fingerprint = "";

    /**
     * What is loaded now. {@code problems} (of exercise and lesson files alike) of the teacher's
     * folder are named relative to it.
     */
    public record Snapshot(List<Exercise> exercises, List<Lesson> lessons, List<ScenarioProblem> problems, int files,
                           Instant loadedAt) {
    }

    ExerciseLibrary(LetterCatalogue letters, MessageCatalogue messages, Clock clock,
                    @Value("${sandkassen.scenarios.dir:}") String teacherFolder) {
        this.loader = new ScenarioLoader(letters.all().stream().map(LetterTemplate::id).collect(Collectors.toSet()), messages);
        this.clock = clock;
        this.teacherFolder = teacherFolder.isBlank() ? null : Path.of(teacherFolder).toAbsolutePath().normalize();
        this.builtIn = ScenarioLoader.builtIn();
        this.snapshot = read();
    }

    public List<Exercise> all() {
        return snapshot.exercises();
    }

    public Optional<Exercise> find(String id) {
        return snapshot.exercises().stream().filter(exercise -> exercise.id().equals(id)).findFirst();
    }

    /** Every lesson, shipped ones first, each in file order; every exercise a lesson names is in {@link #all()}. */
    public List<Lesson> lessons() {
        return snapshot.lessons();
    }

    public Optional<Lesson> lesson(String id) {
        return snapshot.lessons().stream().filter(lesson -> lesson.id().equals(id)).findFirst();
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public Optional<Path> teacherFolder() {
        return Optional.ofNullable(teacherFolder);
    }

    /**
     * The exercise to suggest after {@code done}, for the same kind of person (a pensioner is
     * not sent on to the youth's Forsvarets Dag): the one its author named, if it is for the same
     * persona; else the next in the catalogue's order for that persona, in the same topic first;
     * else the next one of any persona.
     */
    public Optional<Exercise> after(Exercise done) {
        if (done.next() != null) {
            Optional<Exercise> named = find(done.next()).filter(next -> next.persona() == done.persona());
            if (named.isPresent()) {
                return named;
            }
        }
        List<Exercise> ordered = new ArrayList<>(all());
        ordered.sort(CATALOGUE_ORDER);
        int at = ordered.indexOf(done);
        List<Exercise> later = at < 0 ? List.of() : ordered.subList(at + 1, ordered.size());
        return later.stream().filter(e -> e.persona() == done.persona() && e.topic() == done.topic()).findFirst()
                .or(() -> later.stream().filter(e -> e.persona() == done.persona()).findFirst())
                .or(() -> ordered.stream().filter(e -> e != done && e.persona() == done.persona()).findFirst())
                .or(() -> later.stream().findFirst());
    }

    /** By topic, then level, then id. */
    public static final Comparator<Exercise> CATALOGUE_ORDER = Comparator.comparing(Exercise::topic)
            .thenComparing(Exercise::level).thenComparing(Exercise::id);

    /**
     * Looks at the teacher's folder and re-reads everything if a file was added, removed or changed.
     * One reading at a time: the poll and a direct call may run at once, and the slower of two
     * readings put back an older snapshot than the fingerprint said it had (a new file then stayed
     * unseen until it changed again).
     */
    @Scheduled(fixedDelayString = "${sandkassen.scenarios.poll:PT2S}", initialDelayString = "${sandkassen.scenarios.poll:PT2S}")
    public synchronized void refreshIfChanged() {
        if (teacherFolder != null && !ScenarioLoader.fingerprint(teacherFolder).equals(fingerprint)) {
            snapshot = read();
        }
    }

    private Snapshot read() {
        List<ScenarioProblem> unreadable = new ArrayList<>();
        List<ScenarioLoader.Source> sources = new ArrayList<>(builtIn);
        if (teacherFolder != null) {
            fingerprint = ScenarioLoader.fingerprint(teacherFolder);
            sources.addAll(ScenarioLoader.folder(teacherFolder, unreadable));
        }
        ScenarioLoader.Loaded loaded = loader.load(sources);
        List<ScenarioProblem> problems = new ArrayList<>(unreadable);
        problems.addAll(loaded.problems());
        for (ScenarioProblem problem : problems) {
            log.warn("Scenario file skipped: {}", problem.describe(Locale.ENGLISH));
        }
        log.info("Loaded {} exercises and {} lessons from {} files{}", loaded.exercises().size(), loaded.lessons().size(),
                loaded.files(), teacherFolder == null ? "" : " (teacher's folder " + teacherFolder + ")");
        return new Snapshot(loaded.exercises(), loaded.lessons(), problems, loaded.files(), clock.instant());
    }
}
