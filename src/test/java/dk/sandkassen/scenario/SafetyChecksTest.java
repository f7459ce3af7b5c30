package dk.sandkassen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Actors;
import dk.sandkassen.login.MitIdService;
import dk.sandkassen.login.Phone;
import dk.sandkassen.post.Mailbox;
import dk.sandkassen.post.PostService;
import dk.sandkassen.safety.AfterMistake;
import dk.sandkassen.safety.FlagKind;
import dk.sandkassen.safety.Message;
import dk.sandkassen.safety.SafetyService;
import dk.sandkassen.safety.Verdict;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxService;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The checks of safe-habits practice: each completes when the learner does the right thing,
 * and a near miss (the wrong answer, one red flag short, a followed link, an approved request)
 * does not. The learner acts through the safety service, as the phone's views do.
 */
@SpringBootTest
class SafetyChecksTest {

    static final Path TEACHER_FOLDER = TeacherFolder.create("sandkassen-safety-exercises");
    static int nextId = 1;
    private static final Locale DANISH = Locale.of("da");

    @DynamicPropertySource
    static void teacherFolder(DynamicPropertyRegistry registry) {
        registry.add("sandkassen.scenarios.dir", TEACHER_FOLDER::toString);
    }

    @Autowired
    ExerciseLibrary library;
    @Autowired
    Exercises exercises;
    @Autowired
    SandboxService sandboxes;
    @Autowired
    SafetyService safety;
    @Autowired
    MitIdService mitId;
    @Autowired
    PostService post;
    @Autowired
    Actors actors;

    private LearnerSession session;
    private Sandbox sandbox;
    private Phone phone;

    @BeforeEach
    void openSession() {
        session = new LearnerSession();
    }

    @AfterEach
    void closeSession() {
        session.close();
    }

    @Test
    void messageReported() {
        start("{ messageReported: sms }", "  messages: [ { ref: sms, template: fake-parcel-fee-sms } ]");
        judge("sms", Verdict.REAL);
        notYet();
        judge("sms", Verdict.FAKE);
        done();
    }

    @Test
    void messageTrusted() {
        start("{ messageTrusted: real-digital-post-sms }", "");
        judge("real-digital-post-sms", Verdict.FAKE);
        notYet();
        judge("real-digital-post-sms", Verdict.REAL);
        done();
    }

    @Test
    void redFlagsFoundNeedsEveryFlagInOneAnswer() {
        start("{ redFlagsFound: skat }", "  messages: [ { ref: skat, template: fake-skat-refund-email } ]");
        Message skat = message("skat");
        List<String> flagParts = skat.template().flags().stream().map(f -> skat.partOf(f).orElseThrow().id()).distinct().toList();
        safety.judge(phone, skat.id(), Verdict.FAKE, Set.copyOf(flagParts.subList(1, flagParts.size())), DANISH);
        notYet();
        safety.judge(phone, skat.id(), Verdict.REAL, Set.copyOf(flagParts), DANISH);
        notYet();
        safety.judge(phone, skat.id(), Verdict.FAKE, Set.copyOf(flagParts), DANISH);
        done();
    }

    @Test
    void redFlagsFoundAtLeast() {
        start("{ redFlagsFound: { message: fake-mitid-closed-sms, atLeast: 2 } }", "");
        Message sms = message("fake-mitid-closed-sms");
        String sender = sms.partOf(flag(sms, FlagKind.SENDER)).orElseThrow().id();
        String link = sms.partOf(flag(sms, FlagKind.DOMAIN)).orElseThrow().id();
        safety.judge(phone, sms.id(), Verdict.FAKE, Set.of(sender), DANISH);
        notYet();
        safety.judge(phone, sms.id(), Verdict.FAKE, Set.of(sender, link), DANISH);
        done();
    }

    @Test
    void linkNotOpenedBesideAReportIsMissedByALearnerWhoClicked() {
        String check = "{ allOf: [ { messageReported: mail }, { linkNotOpened: mail } ] }";
        String setup = "  messages: [ { ref: mail, template: fake-digital-post-email } ]";
        start(check, setup);
        safety.openLink(phone, message("mail").id(), DANISH);
        judge("mail", Verdict.FAKE);
        notYet();

        start(check, setup);
        judge("mail", Verdict.FAKE);
        done();
    }

    @Test
    void fakeLoginAvoidedIsNotDoneByALearnerWhoSentTheForm() {
        start("{ fakeLoginAvoided: lukning }", "  messages: [ { ref: lukning, template: fake-mitid-closed-sms } ]");
        Message sms = message("lukning");
        safety.openLink(phone, sms.id(), DANISH);
        safety.fakeFormSent(phone, sms.id());
        safety.fakePageLeft(phone, sms.id());
        notYet();

        start("{ fakeLoginAvoided: lukning }", "  messages: [ { ref: lukning, template: fake-mitid-closed-sms } ]");
        safety.openLink(phone, message("lukning").id(), DANISH);
        notYet();
        safety.fakePageLeft(phone, message("lukning").id());
        done();
    }

    @Test
    void callHungUp() {
        start("{ callHungUp: true }", "  pressureCall: true");
        safety.answerCall(phone);
        notYet();
        safety.endCall(phone);
        done();
    }

    @Test
    void thePressureCallIsNotResistedByApprovingTheRequest() {
        start("{ allOf: [ { callHungUp: true }, { suspiciousRequestRejected: true } ] }", "  pressureCall: true");
        safety.answerCall(phone);
        mitId.answerSuspiciousRequest(sandbox, mitId.pendingSuspiciousRequest(sandbox).orElseThrow(), true);
        safety.endCall(phone);
        notYet();

        start("{ allOf: [ { callHungUp: true }, { suspiciousRequestRejected: true } ] }", "  pressureCall: true");
        safety.answerCall(phone);
        safety.endCall(phone);
        notYet();
        mitId.answerSuspiciousRequest(sandbox, mitId.pendingSuspiciousRequest(sandbox).orElseThrow(), false);
        done();
    }

    @Test
    void afterMistake() {
        start("{ afterMistake: block-mitid }", "");
        safety.afterMistake(phone, AfterMistake.CALL_BANK);
        notYet();
        safety.afterMistake(phone, AfterMistake.BLOCK_MITID);
        done();
    }

    @Test
    void messagesJudgedNeedsEveryMessageAnsweredAndEnoughRight() {
        start("{ messagesJudged: { correct: 4 } }", "  round: { count: 4 }");
        List<Message> round = safety.messages(phone, DANISH);
        assertThat(round).hasSize(4);
        for (Message message : round.subList(0, 3)) {
            safety.judge(phone, message.id(), message.fake() ? Verdict.FAKE : Verdict.REAL, Set.of(), DANISH);
        }
        notYet();
        Message last = round.get(3);
        safety.judge(phone, last.id(), last.fake() ? Verdict.REAL : Verdict.FAKE, Set.of(), DANISH);
        notYet();
        safety.judge(phone, last.id(), last.fake() ? Verdict.FAKE : Verdict.REAL, Set.of(), DANISH);
        done();
    }

    @Test
    void theRoundIsTheSeedsSameSeedSameRoundAnotherSeedAnother() {
        start("{ messagesJudged: { correct: 1 } }", "  round: { count: 6 }", 501);
        List<String> first = templates();
        start("{ messagesJudged: { correct: 1 } }", "  round: { count: 6 }", 501);
        assertThat(templates()).isEqualTo(first);
        start("{ messagesJudged: { correct: 1 } }", "  round: { count: 6 }", 502);
        assertThat(templates()).hasSize(6).isNotEqualTo(first);
    }

    @Test
    void aCheckedMessageArrivesWithoutSetupAndNothingElseDoes() {
        start("{ messageReported: fake-bank-activity-sms }", "");
        assertThat(templates()).containsExactly("fake-bank-activity-sms");
        assertThat(post.letterNamed(Mailbox.own(actors.citizen(sandbox)), "fake-bank-activity-sms")).isEmpty();
    }

    // --- the learner's world -------------------------------------------------------------

    private void start(String check, String setup) {
        start(check, setup, 7);
    }

    private void start(String check, String setup, long seed) {
        Exercise exercise = TeacherFolder.add(library, TEACHER_FOLDER, "SC-%03d".formatted(nextId++), "online-safety", "adult",
                setup, check);
        sandbox = sandboxes.create(exercise.persona(), seed);
        session.bind(sandbox);
        phone = Phone.of(actors.citizen(sandbox));
        exercises.start(sandbox, exercise);
        notYet();
    }

    private Message message(String name) {
        return safety.messages(phone, DANISH).stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private void judge(String name, Verdict verdict) {
        safety.judge(phone, message(name).id(), verdict, Set.of(), DANISH);
    }

    private List<String> templates() {
        return safety.messages(phone, DANISH).reversed().stream().map(m -> m.template().id()).collect(Collectors.toList());
    }

    private static dk.sandkassen.safety.RedFlag flag(Message message, FlagKind kind) {
        return message.template().flags().stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }

    private void notYet() {
        TeacherFolder.assertComplete(exercises, sandbox.id(), false);
    }

    private void done() {
        TeacherFolder.assertComplete(exercises, sandbox.id(), true);
    }
}
