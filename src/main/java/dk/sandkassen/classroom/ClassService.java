package dk.sandkassen.classroom;

import dk.sandkassen.scenario.Pacing;
import dk.sandkassen.sandbox.SandboxId;
import dk.sandkassen.scenario.Exercise;
import dk.sandkassen.scenario.ExerciseLibrary;
import dk.sandkassen.scenario.Exercises;
import dk.sandkassen.scenario.Progress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes: a teacher opens one, learners join by its code, the teacher steers it, and when it
 * ends every learner's sandbox goes with it. The teacher is whoever holds the class's secret
 * key (the board's link); a learner is whoever holds a seat's session — both come from the
 * server side, never from what a page sends.
 */
@Service
public class ClassService {

    /** Learners per class: a large class and a few spare seats for a tablet that joined twice. */
    public static final int MAX_MEMBERS = 60;
    /** Open classes per teacher session. */
    public static final int MAX_CLASSES_PER_TEACHER = 3;
    public static final int MAX_EXERCISES = 12;
    public static final int MAX_NAME = 30;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ClassStore store;
    private final ExerciseLibrary library;
    private final Exercises exercises;
    private final Clock clock;
    private final Duration maxLength;
    private final int stuckMinutes;

    ClassService(ClassStore store, ExerciseLibrary library, Exercises exercises, Clock clock,
                 @Value("${sandkassen.class.max-length:PT4H}") Duration maxLength,
                 @Value("${sandkassen.class.stuck-minutes:5}") int stuckMinutes) {
        this.store = store;
        this.library = library;
        this.exercises = exercises;
        this.clock = clock;
        this.maxLength = maxLength;
        this.stuckMinutes = stuckMinutes;
    }

    /** What the teacher chose on "Start et hold". */
    public record NewClass(String titleDa, String titleEn, List<String> exerciseIds, Pacing pacing,
                           @Nullable Long seed, boolean allowNames) {
    }

    /** Refusals a page turns into a kind message (the key is the message's translation key). */
    public static final class Refused extends RuntimeException {
        private final String key;

        Refused(String key) {
            super(key);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    @Transactional
    public Classroom open(String teacherSession, NewClass spec) {
        if (spec.exerciseIds().isEmpty() || spec.exerciseIds().size() > MAX_EXERCISES
                || spec.exerciseIds().stream().anyMatch(id -> library.find(id).isEmpty())) {
            throw new Refused("class.new.exercises-required");
        }
        if (openBy(teacherSession) >= MAX_CLASSES_PER_TEACHER) {
            throw new Refused("class.new.too-many");
        }
        ClassCode code = ClassCode.random();
        while (store.codeInUse(code)) {
            code = ClassCode.random();
        }
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        Instant now = clock.instant();
        long seed = spec.seed() != null ? spec.seed() : dk.sandkassen.sandbox.SandboxService.newSeed();
        Classroom classroom = new Classroom(ClassId.random(), code, HexFormat.of().formatHex(key),
                limit(spec.titleDa(), 200), limit(spec.titleEn(), 200), spec.exerciseIds(), spec.pacing(), seed,
                spec.allowNames(), stuckMinutes, 0, 1, 0, now, now.plus(maxLength), null);
        store.insert(classroom, teacherSession);
        return classroom;
    }

    private int openBy(String teacherSession) {
        return store.openBy(teacherSession);
    }

    public Optional<Classroom> byCode(ClassCode code) {
        return store.byCode(code).filter(c -> !c.ended());
    }

    public Optional<Classroom> byTeacherKey(String key) {
        return key.length() > 64 ? Optional.empty() : store.byTeacherKey(key);
    }

    public Optional<Classroom> find(ClassId id) {
        return store.find(id);
    }

    public List<Member> members(ClassId id) {
        return store.members(id);
    }

    public Optional<Member> memberOfSession(String session) {
        return store.memberOfSession(session);
    }

    public Optional<Member> memberOfSandbox(SandboxId sandbox) {
        return store.memberOfSandbox(sandbox);
    }

    /** A nickname nobody in the class has yet. */
    public String suggestNickname(ClassId id) {
        return Nicknames.suggest(name -> store.nicknameTaken(id, name));
    }

    /**
     * Seats the learner of {@code session} in the class under {@code name} (a generated nickname,
     * or a first name where the teacher allows it). A seat in another class is given up.
     */
    @Transactional
    public Member join(Classroom classroom, String session, String name) {
        Classroom now = store.find(classroom.id()).filter(c -> !c.ended()).orElseThrow(() -> new Refused("class.join.ended"));
        String nickname = name.strip().replaceAll("\\s+", " ");
        if (nickname.isEmpty()) {
            throw new Refused("class.join.name-required");
        }
        if (nickname.length() > MAX_NAME) {
            throw new Refused("class.join.name-too-long");
        }
        store.deleteMemberOfSession(session);
        if (store.memberCount(now.id()) >= MAX_MEMBERS) {
            throw new Refused("class.join.full");
        }
        if (store.nicknameTaken(now.id(), nickname)) {
            throw new Refused("class.join.name-taken");
        }
        Member member = new Member(new MemberId(UUID.randomUUID()), now.id(), nickname, null, clock.instant(), null, false);
        try {
            store.insertMember(member, session);
        } catch (org.springframework.dao.DuplicateKeyException sameMoment) {
            // Two learners pressed "Deltag" with the same name at the same moment.
            throw new Refused("class.join.name-taken");
        }
        store.bump(now.id());
        return member;
    }

    /** The learner's sandbox now runs the class's exercise. */
    @Transactional
    public void seat(Member member, SandboxId sandbox) {
        store.seat(member.id(), sandbox);
        store.bump(member.classId());
    }

    public Optional<Exercise> exercise(String id) {
        return library.find(id);
    }

    public Exercise currentExercise(Classroom classroom) {
        return library.find(classroom.currentExerciseId()).orElseThrow();
    }

    @Transactional
    public void raiseHand(SandboxId sandbox) {
        store.memberOfSandbox(sandbox).ifPresent(member -> {
            store.hand(member.id(), clock.instant());
            store.bump(member.classId());
        });
    }

    // --- the teacher's actions: each takes the class found by the teacher's key

    @Transactional
    public void handled(Classroom classroom, MemberId member) {
        store.members(classroom.id()).stream().filter(m -> m.id().equals(member)).findFirst().ifPresent(m -> {
            store.hand(m.id(), null);
            store.bump(classroom.id());
        });
    }

    /** "Følg mig": opens the next step of the current exercise; what learners did there already counts. */
    public void openNextStep(Classroom classroom) {
        store.openNextStep(classroom.id());
        store.members(classroom.id()).stream().map(Member::sandbox).filter(java.util.Objects::nonNull)
                .forEach(exercises::recheck);
    }

    @Transactional
    public void nextExercise(Classroom classroom) {
        if (classroom.hasNextExercise()) {
            store.nextExercise(classroom.id());
        }
    }

    @Transactional
    public void resetLearner(Classroom classroom, MemberId member) {
        store.askReset(classroom.id(), member);
        store.bump(classroom.id());
    }

    /** The learner's own "Start forfra" in a class. */
    @Transactional
    public void askReset(Member member) {
        store.askReset(member.classId(), member.id());
    }

    /** Takes the learner out of the class; their session and sandbox go at once. */
    @Transactional
    public void remove(Classroom classroom, MemberId member) {
        store.sessionOf(classroom.id(), member).ifPresent(session -> store.deleteSessions(List.of(session)));
        store.bump(classroom.id());
    }

    /** "Afslut holdet": the learners' pages say goodbye, then the reaper wipes everything. */
    @Transactional
    public void end(Classroom classroom) {
        store.markEnded(classroom.id(), clock.instant());
    }

    /**
     * Wipes the classes that are over: every learner's session (and so their sandbox, by the
     * database's cascade) and the class itself. An ended class waits {@code grace} first, so
     * that its learners' pages can say goodbye.
     */
    @Transactional
    public int wipeFinished(Duration grace) {
        Instant now = clock.instant();
        List<ClassId> finished = store.finished(now, now.minus(grace));
        for (ClassId id : finished) {
            store.deleteSessions(store.memberSessions(id));
            store.delete(id);
        }
        return finished.size();
    }

    /** The progress of every seated learner, by sandbox. */
    public Map<SandboxId, Progress> progress(List<Member> members) {
        return exercises.progress(members.stream().map(Member::sandbox).filter(java.util.Objects::nonNull).toList());
    }

    /** Whether the learner's sandbox runs the exercise the class is at now (else their page must move on). */
    public boolean runsCurrent(Classroom classroom, @Nullable SandboxId sandbox) {
        return sandbox != null && exercises.progress(sandbox)
                .map(p -> p.exercise().id().equals(classroom.currentExerciseId())).orElse(false);
    }

    Map<ClassId, Long> versions(java.util.Collection<ClassId> ids) {
        return store.versions(ids);
    }

    void stepsDone(SandboxId sandbox) {
        store.bumpForSandbox(sandbox);
    }

    private static String limit(String text, int max) {
        String clean = text.strip();
        return clean.length() > max ? clean.substring(0, max) : clean;
    }
}
