package dk.sandkassen.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sandkassen.identity.Persona;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxService;
import dk.sandkassen.scenario.ClassSeats;
import dk.sandkassen.scenario.Exercises;
import dk.sandkassen.scenario.ExerciseLibrary;
import dk.sandkassen.scenario.Pacing;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A class from opening to its end, on the services: who may see what, and that nothing is left. */
@SpringBootTest
class ClassLifecycleTest {

    @Autowired
    ClassService classes;
    @Autowired
    ClassSeats seats;
    @Autowired
    SandboxService sandboxes;
    @Autowired
    Exercises exercises;
    @Autowired
    ExerciseLibrary library;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCodeJoinsButNeverOpensTheBoardAndEndingWipesEveryLearner() {
        String teacher = session();
        Classroom classroom = classes.open(teacher, new ClassService.NewClass("Mapper", "Folders", List.of("FLD-001"),
                Pacing.FOLLOW, 4711L, false));
        assertThat(classroom.code().value()).hasSize(6).doesNotContain("0", "O", "1", "I", "L", "5", "S", "8", "B");
        assertThat(classes.byCode(ClassCode.parse(classroom.code().spaced().toLowerCase()).orElseThrow())).isPresent();
        // The code is for learners; the board needs the secret key, and the code is not it.
        assertThat(classes.byTeacherKey(classroom.code().value())).isEmpty();
        assertThat(classroom.teacherKey()).hasSizeGreaterThanOrEqualTo(32);

        String first = session();
        String second = session();
        Member one = classes.join(classroom, first, "Glad grævling");
        Sandbox sandbox = seatWithExercise(one, first, classroom);
        assertThatThrownBy(() -> classes.join(classroom, second, "glad  GRÆVLING"))
                .isInstanceOfSatisfying(ClassService.Refused.class, r -> assertThat(r.key()).isEqualTo("class.join.name-taken"));
        assertThatThrownBy(() -> classes.join(classroom, second, "x".repeat(ClassService.MAX_NAME + 1)))
                .isInstanceOfSatisfying(ClassService.Refused.class, r -> assertThat(r.key()).isEqualTo("class.join.name-too-long"));
        Member two = classes.join(classroom, second, classes.suggestNickname(classroom.id()));
        Sandbox other = seatWithExercise(two, second, classroom);

        // "Følg mig": one step open until the teacher opens the next.
        assertThat(seats.seat(sandbox.id()).orElseThrow().openSteps()).isEqualTo(1);
        classes.openNextStep(classes.find(classroom.id()).orElseThrow());
        assertThat(seats.seat(sandbox.id()).orElseThrow().openSteps()).isEqualTo(2);

        seats.raiseHand(other.id());
        assertThat(classes.members(classroom.id())).filteredOn(Member::handRaised).extracting(Member::nickname)
                .containsExactly(two.nickname());

        classes.end(classes.find(classroom.id()).orElseThrow());
        assertThat(seats.seat(sandbox.id()).orElseThrow().moveOn()).isPresent();
        assertThat(classes.byCode(classroom.code())).as("an ended class takes nobody in").isEmpty();
        classes.wipeFinished(Duration.ZERO);

        assertThat(sandboxes.find(sandbox.id())).isEmpty();
        assertThat(sandboxes.find(other.id())).isEmpty();
        assertThat(sessionExists(first)).isFalse();
        assertThat(sessionExists(second)).isFalse();
        assertThat(sessionExists(teacher)).as("the teacher's own session stays").isTrue();
        assertThat(classes.find(classroom.id())).isEmpty();
    }

    @Test
    void whenTheTeachersSessionEndsTheClassAndItsLearnersGo() {
        String teacher = session();
        Classroom classroom = classes.open(teacher, new ClassService.NewClass("Post", "Post", List.of("PST-001"),
                Pacing.SELF, null, true));
        String learner = session();
        Member member = classes.join(classroom, learner, "Anna");
        Sandbox sandbox = seatWithExercise(member, learner, classroom);
        assertThat(seats.seat(sandbox.id()).orElseThrow().openSteps()).isEqualTo(Integer.MAX_VALUE);

        jdbc.sql("delete from SPRING_SESSION where PRIMARY_ID = ?").params(teacher).update(); // expired
        classes.wipeFinished(Duration.ofMinutes(5));

        assertThat(classes.find(classroom.id())).isEmpty();
        assertThat(sandboxes.find(sandbox.id())).isEmpty();
        assertThat(sessionExists(learner)).isFalse();
    }

    @Test
    void aTeacherOpensAtMostThreeClassesAndEachNeedsAnExercise() {
        String teacher = session();
        assertThatThrownBy(() -> classes.open(teacher, new ClassService.NewClass("x", "x", List.of(), Pacing.SELF, null, false)))
                .isInstanceOf(ClassService.Refused.class);
        assertThatThrownBy(() -> classes.open(teacher, new ClassService.NewClass("x", "x", List.of("NOPE-999"), Pacing.SELF, null, false)))
                .isInstanceOf(ClassService.Refused.class);
        for (int i = 0; i < ClassService.MAX_CLASSES_PER_TEACHER; i++) {
            classes.open(teacher, new ClassService.NewClass("x", "x", List.of("PST-001"), Pacing.SELF, null, false));
        }
        assertThatThrownBy(() -> classes.open(teacher, new ClassService.NewClass("x", "x", List.of("PST-001"), Pacing.SELF, null, false)))
                .isInstanceOfSatisfying(ClassService.Refused.class, r -> assertThat(r.key()).isEqualTo("class.new.too-many"));
    }

    private Sandbox seatWithExercise(Member member, String session, Classroom classroom) {
        Sandbox sandbox = sandboxes.create(Persona.PENSIONER, classroom.seed(), session);
        exercises.start(sandbox, library.find(classroom.currentExerciseId()).orElseThrow());
        classes.seat(member, sandbox.id());
        return sandbox;
    }

    /** A stored session, as a browser's first page makes one. */
    private String session() {
        String id = UUID.randomUUID().toString();
        long now = System.currentTimeMillis();
        jdbc.sql("insert into SPRING_SESSION (PRIMARY_ID, SESSION_ID, CREATION_TIME, LAST_ACCESS_TIME, MAX_INACTIVE_INTERVAL, EXPIRY_TIME) "
                + "values (?, ?, ?, ?, ?, ?)").params(id, UUID.randomUUID().toString(), now, now, 1800, now + 1_800_000).update();
        return id;
    }

    private boolean sessionExists(String id) {
        return jdbc.sql("select count(*) from SPRING_SESSION where PRIMARY_ID = ?").params(id).query(Integer.class).single() > 0;
    }
}
