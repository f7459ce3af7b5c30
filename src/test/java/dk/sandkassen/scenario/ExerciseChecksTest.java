package dk.sandkassen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doCallRealMethod;

import dk.sandkassen.login.Actors;
import dk.sandkassen.access.Area;
import dk.sandkassen.access.Fuldmagt;
import dk.sandkassen.access.FuldmagtService;
import dk.sandkassen.access.Grant;
import dk.sandkassen.access.ReadAccessService;
import dk.sandkassen.identity.Person;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Authenticator;
import dk.sandkassen.login.CurrentLogin;
import dk.sandkassen.login.MitIdService;
import dk.sandkassen.post.Authorities;
import dk.sandkassen.post.Composer;
import dk.sandkassen.post.Draft;
import dk.sandkassen.post.Exemption;
import dk.sandkassen.post.Folder;
import dk.sandkassen.post.FolderRef;
import dk.sandkassen.post.FolderService;
import dk.sandkassen.post.Letter;
import dk.sandkassen.post.LetterCatalogue;
import dk.sandkassen.post.LetterSort;
import dk.sandkassen.post.Mailbox;
import dk.sandkassen.post.PostService;
import dk.sandkassen.post.PostSettings;
import dk.sandkassen.post.SenderCategory;
import dk.sandkassen.sandbox.SandboxService;
import dk.sandkassen.sandbox.Sandbox;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import dk.sandkassen.scenario.internal.RunStore;

/**
 * One test per check of the scenario format: an exercise using it completes when — and only
 * when — the learner does the thing. The learner acts through the features' services, as the
 * views do; nothing pokes the engine's state.
 */
@SpringBootTest
class ExerciseChecksTest {

    /** The tests' exercises are a teacher's folder, read by the library like any other. */
    static final Path TEACHER_FOLDER = TeacherFolder.create("sandkassen-exercises");
    static int nextId = 1;

    @DynamicPropertySource
    static void teacherFolder(DynamicPropertyRegistry registry) {
        registry.add("sandkassen.scenarios.dir", TEACHER_FOLDER::toString);
    }

    @Autowired
    Actors actors;
    @Autowired
    ExerciseLibrary library;

    @Autowired
    Exercises exercises;
    @Autowired
    SandboxService sandboxes;
    @Autowired
    CurrentLogin login;
    @Autowired
    PostService post;
    @Autowired
    FolderService folders;
    @Autowired
    Composer composer;
    @Autowired
    PostSettings settings;
    @Autowired
    Exemption exemption;
    @Autowired
    ReadAccessService readAccess;
    @Autowired
    FuldmagtService fuldmagter;
    @Autowired
    MitIdService mitId;
    @Autowired
    LetterCatalogue catalogue;
    @Autowired
    dk.sandkassen.post.LetterHelp letterHelp;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    dk.sandkassen.selfservice.DoctorService doctors;
    @Autowired
    dk.sandkassen.selfservice.MoveService moves;
    @Autowired
    dk.sandkassen.selfservice.TaxService tax;
    @Autowired
    dk.sandkassen.selfservice.PrescriptionService prescriptions;
    /** The real store, spied on so that a test can make the engine fail. */
    @MockitoSpyBean
    RunStore runs;

    private LearnerSession session;
    private Sandbox sandbox;
    private Mailbox own;

    @BeforeEach
    void openSession() {
        session = new LearnerSession();
    }

    @AfterEach
    void closeSession() {
        session.close();
    }

    /**
     * The engine checks after the learner's transaction has committed, in its own: even an SQL
     * error in it (which makes PostgreSQL abort the transaction it happens in) leaves what the
     * learner did in place, and the next event checks again.
     */
    @Test
    void aFailingCheckNeverUndoesWhatTheLearnerDid() {
        start("adult", "{ folderExists: Sundhed }");
        doAnswer(broken -> jdbc.sql("select nothing from no_such_table").query().singleRow())
                .when(runs).stepDone(any(), any(), any());
        folders.create(own, "Sundhed");
        assertThat(folder("Sundhed")).isNotNull();
        notYet();

        doCallRealMethod().when(runs).stepDone(any(), any(), any());
        folders.create(own, "Skat");
        done();
    }

    @Test
    void loggedIn() {
        start("adult", "{ loggedIn: nemid }");
        login.complete(sandbox, Role.SELF, Authenticator.CODE_DISPLAY);
        notYet();
        login.logout();
        login.complete(sandbox, Role.SELF, Authenticator.KEY_CARD);
        done();
    }

    @Test
    void loggedInWithOneAuthenticator() {
        start("adult", "{ loggedIn: code-display }");
        login.complete(sandbox, Role.SELF, Authenticator.MITID_APP);
        notYet();
        login.complete(sandbox, Role.SELF, Authenticator.CODE_DISPLAY);
        done();
    }

    @Test
    void loggedOut() {
        start("adult", "{ loggedOut: true }");
        login.complete(sandbox, Role.SELF, Authenticator.MITID_APP);
        notYet();
        login.logout();
        done();
    }

    @Test
    void letterOpened() {
        start("pensioner", "{ letterOpened: scan }", SCAN);
        post.open(own, other().id());
        notYet();
        post.open(own, letter("scan").id());
        done();
    }

    @Test
    void attachmentOpened() {
        start("pensioner", "{ attachmentOpened: scan }", SCAN);
        post.open(own, letter("scan").id());
        notYet();
        post.letterPdf(own, letter("scan").id());
        done();
    }

    @Test
    void letterUnread() {
        start("pensioner", "{ letterUnread: scan }", SCAN.replace("unread: true", "unread: false"));
        post.markUnread(own, List.of(other().id()), true);
        notYet();
        post.markUnread(own, List.of(letter("scan").id()), true);
        done();
    }

    @Test
    void folderExists() {
        start("adult", "{ folderExists: Sundhed }");
        folders.create(own, "Skat");
        notYet();
        folders.create(own, "  sundhed ");
        done();
    }

    @Test
    void folderMissing() {
        start("adult", "{ folderMissing: { name: Gammelt } }", "  folders: [Gammelt, Skat]\n");
        folders.delete(own, folder("Skat").ref().customId(), false);
        notYet();
        folders.delete(own, folder("Gammelt").ref().customId(), false);
        done();
    }

    @Test
    void letterInFolder() {
        start("pensioner", "{ letterInFolder: { letter: scan, folder: Sundhed } }", "  folders: [Sundhed, Skat]\n" + SCAN);
        post.move(own, List.of(letter("scan").id()), folder("Skat").ref());
        post.move(own, List.of(other().id()), folder("Sundhed").ref());
        notYet();
        post.move(own, List.of(letter("scan").id()), folder("Sundhed").ref());
        done();
    }

    @Test
    void letterDeleted() {
        start("pensioner", "{ letterDeleted: scan }", SCAN);
        post.delete(own, List.of(other().id()));
        notYet();
        post.delete(own, List.of(letter("scan").id()));
        done();
    }

    @Test
    void searched() {
        start("young", "{ searched: forsvarets dag }");
        post.searched(own, "Forsvaret");
        notYet();
        post.searched(own, "Indkaldelse Forsvarets Dag");
        done();
    }

    @Test
    void messageSent() {
        start("adult", "{ messageSent: { to: Kommune, withAttachment: true } }");
        String kommune = Authorities.of(SenderCategory.KOMMUNE, sandbox.citizen()).getFirst();
        String state = Authorities.of(SenderCategory.STAT, sandbox.citizen()).getFirst();
        send(SenderCategory.STAT, state, true);
        send(SenderCategory.KOMMUNE, kommune, false);
        notYet();
        send(SenderCategory.KOMMUNE, kommune, true);
        done();
    }

    @Test
    void replySent() {
        start("pensioner", "{ replySent: scan }", SCAN.replace("replyAllowed: false", "replyAllowed: true")
                + "    - { ref: other, from: Skat, subject: Spørgsmål, body: Hej, replyAllowed: true }\n");
        reply(letter("other"));
        notYet();
        reply(letter("scan"));
        done();
    }

    @Test
    void accessGranted() {
        start("pensioner", "{ accessGranted: { to: daughter, rights: read } }",
                "  requests:\n    - access-request: { from: son, rights: read }\n    - access-request: { from: daughter }\n");
        Grant daughters = pending(Role.DAUGHTER);
        readAccess.approve(actors.person(sandbox, Role.SELF), pending(Role.SON).id());
        notYet();
        readAccess.approve(actors.person(sandbox, Role.SELF), daughters.id());
        done();
    }

    @Test
    void accessGrantedInTheFolderModelOnceTheHelperAccepts() {
        start("pensioner", "{ accessGranted: { to: son } }", "  folders: [Sundhed]\n");
        Person son = sandbox.household().relative(Role.SON).orElseThrow();
        Grant offered = readAccess.offerFolders(actors.person(sandbox, Role.SELF), son.fullName(), son.cpr().formatted(), "rosenkaal7", null,
                Grant.Rights.READ, Set.of(folder("Sundhed").ref().customId())).grant().orElseThrow();
        notYet();
        readAccess.accept(actors.person(sandbox, Role.SON), offered.id(), "forkert");
        notYet();
        readAccess.accept(actors.person(sandbox, Role.SON), offered.id(), "rosenkaal7");
        done();
    }

    @Test
    void accessRequested() {
        start("pensioner", "{ accessRequested: { from: daughter } }");
        Person me = sandbox.citizen();
        readAccess.request(actors.person(sandbox, Role.SON), me.fullName(), me.cpr().formatted(), LocalDate.now().plusMonths(1), Grant.Rights.READ);
        notYet();
        readAccess.request(actors.person(sandbox, Role.DAUGHTER), me.fullName(), me.cpr().formatted(), LocalDate.now().plusMonths(1),
                Grant.Rights.READ);
        done();
    }

    @Test
    void accessOffered() {
        start("pensioner", "{ accessOffered: { to: son } }", "  folders: [Sundhed]\n");
        Person daughter = sandbox.household().relative(Role.DAUGHTER).orElseThrow();
        Person son = sandbox.household().relative(Role.SON).orElseThrow();
        Set<Long> health = Set.of(folder("Sundhed").ref().customId());
        readAccess.offerFolders(actors.person(sandbox, Role.SELF), daughter.fullName(), daughter.cpr().formatted(), "rosenkaal7", null,
                Grant.Rights.READ, health);
        notYet();
        readAccess.offerFolders(actors.person(sandbox, Role.SELF), son.fullName(), son.cpr().formatted(), "rosenkaal7", null,
                Grant.Rights.READ, health);
        done();
    }

    @Test
    void accessRevoked() {
        start("pensioner", "{ accessRevoked: { to: daughter } }",
                "  requests:\n    - access-request: { from: son }\n    - access-request: { from: daughter }\n");
        Grant daughters = pending(Role.DAUGHTER);
        Grant sons = pending(Role.SON);
        readAccess.reject(actors.person(sandbox, Role.SELF), daughters.id());
        readAccess.approve(actors.person(sandbox, Role.SELF), sons.id());
        readAccess.revoke(actors.person(sandbox, Role.SELF), sons.id());
        notYet();
        Person daughter = sandbox.household().relative(Role.DAUGHTER).orElseThrow();
        Grant again = readAccess.request(actors.person(sandbox, Role.DAUGHTER), sandbox.citizen().fullName(), sandbox.citizen().cpr().formatted(),
                LocalDate.now().plusMonths(3), Grant.Rights.READ).grant().orElseThrow();
        readAccess.approve(actors.person(sandbox, Role.SELF), again.id());
        notYet();
        readAccess.revoke(actors.person(sandbox, Role.SELF), again.id());
        assertThat(daughter.fullName()).isNotBlank();
        done();
    }

    @Test
    void fuldmagtGiven() {
        start("pensioner", "{ fuldmagtGiven: { to: son, areas: [tax, health] } }");
        give(Role.DAUGHTER, EnumSet.of(Area.TAX, Area.HEALTH));
        give(Role.SON, EnumSet.of(Area.TAX));
        notYet();
        give(Role.SON, EnumSet.of(Area.TAX, Area.HEALTH, Area.PENSION));
        done();
    }

    @Test
    void fuldmagtRequestAnswered() {
        start("pensioner", "{ fuldmagtRequestAnswered: { from: son, answer: approved } }",
                "  requests:\n    - fuldmagt-request: { from: son, areas: [post] }\n"
                        + "    - fuldmagt-request: { from: daughter, areas: [health] }\n");
        fuldmagter.answer(actors.person(sandbox, Role.SELF), requestFrom(Role.DAUGHTER).id(), true);
        notYet();
        fuldmagter.answer(actors.person(sandbox, Role.SELF), requestFrom(Role.SON).id(), true);
        done();
    }

    @Test
    void fuldmagtRequestAnsweredWithTheWrongAnswerIsNotDone() {
        start("pensioner", "{ fuldmagtRequestAnswered: { from: son, answer: rejected } }",
                "  requests:\n    - fuldmagt-request: { from: son, areas: [post] }\n");
        fuldmagter.answer(actors.person(sandbox, Role.SELF), requestFrom(Role.SON).id(), true);
        notYet();
    }

    @Test
    void fuldmagtRevoked() {
        start("pensioner", "{ fuldmagtRevoked: { to: son } }");
        Fuldmagt toDaughter = give(Role.DAUGHTER, EnumSet.of(Area.POST));
        Fuldmagt toSon = give(Role.SON, EnumSet.of(Area.POST));
        fuldmagter.revoke(actors.person(sandbox, Role.SELF), toDaughter.id());
        notYet();
        fuldmagter.revoke(actors.person(sandbox, Role.SELF), toSon.id());
        done();
    }

    @Test
    void actingFor() {
        start("pensioner", "{ actingFor: { person: self } }");
        give(Role.DAUGHTER, EnumSet.of(Area.TAX));
        notYet();
        fuldmagter.actFor(actors.person(sandbox, Role.DAUGHTER), Role.SELF, Area.TAX);
        done();
    }

    @Test
    void actingForByReadingTheirMailbox() {
        start("pensioner", "{ actingFor: self }", "  requests:\n    - access-request: { from: daughter }\n");
        readAccess.approve(actors.person(sandbox, Role.SELF), pending(Role.DAUGHTER).id());
        post.openOthers(Mailbox.own(actors.person(sandbox, Role.DAUGHTER)));
        notYet();
        post.openOthers(new Mailbox(actors.person(sandbox, Role.DAUGHTER), Role.SELF));
        done();
    }

    // --- self-service (issue 15): each check, and the near misses that must not complete it ----

    @Test
    void doctorChanged() {
        start("adult", "{ doctorChanged: true }", FROM_MOTHER.formatted("doctor"));
        doctors.open(forSelf());
        changeDoctor(forMother());
        notYet();
        changeDoctor(forSelf());
        done();
    }

    @Test
    void doctorChangedOnBehalfOf() {
        start("adult", "{ doctorChanged: { onBehalfOf: mother } }", FROM_MOTHER.formatted("doctor"));
        changeDoctor(forSelf());
        notYet();
        changeDoctor(forMother());
        done();
    }

    @Test
    void moveReported() {
        start("adult", "{ moveReported: { with: [spouse] } }");
        var me = forSelf();
        assertThat(moves.report(me, moves.addresses(me).getFirst(), LocalDate.now().minusDays(30), Set.of(Role.SPOUSE))
                .problem()).isEqualTo("selfservice.move.date-too-early");
        notYet();
        assertThat(moves.report(me, moves.addresses(me).getFirst(), LocalDate.now().plusDays(3), Set.of(Role.SPOUSE)).receipt())
                .isNotNull();
        done();
    }

    @Test
    void moveReportedAloneIsNotAMoveWithTheSpouse() {
        start("adult", "{ moveReported: { with: [spouse] } }");
        var me = forSelf();
        assertThat(moves.report(me, moves.addresses(me).getFirst(), LocalDate.now().plusDays(3), Set.of()).receipt()).isNotNull();
        notYet();
    }

    @Test
    void moveReportedOnBehalfOfTheCitizenByARelative() {
        start("pensioner", "{ moveReported: { onBehalfOf: self } }");
        var me = forSelf();
        assertThat(moves.report(me, moves.addresses(me).getFirst(), LocalDate.now(), Set.of()).receipt()).isNotNull();
        notYet();
        give(Role.DAUGHTER, EnumSet.of(Area.MOVING));
        sandbox = sandboxes.find(sandbox.id()).orElseThrow();
        var daughter = new dk.sandkassen.selfservice.ForPerson(actors.person(sandbox, Role.DAUGHTER), Role.SELF);
        assertThat(moves.report(daughter, moves.addresses(daughter).getFirst(), LocalDate.now(), Set.of()).receipt()).isNotNull();
        done();
    }

    @Test
    void taxAssessmentChanged() {
        start("adult", "{ taxAssessmentChanged: { figure: transport } }");
        var me = forSelf();
        assertThat(tax.change(me, dk.sandkassen.selfservice.TaxAssessment.Figure.TRANSPORT, "1000000").problem()).isNotNull();
        // Amounts away from the seed's, so each change goes through.
        var now = tax.assessment(me);
        assertThat(tax.change(me, dk.sandkassen.selfservice.TaxAssessment.Figure.INCOME, String.valueOf(now.income() + 1_000))
                .receipt()).isNotNull();
        notYet();
        assertThat(tax.change(me, dk.sandkassen.selfservice.TaxAssessment.Figure.TRANSPORT, String.valueOf(now.transport() + 1_000))
                .receipt()).isNotNull();
        done();
    }

    @Test
    void prescriptionRenewed() {
        start("adult", "{ prescriptionRenewed: true }", FROM_MOTHER.formatted("health"));
        var me = forSelf();
        assertThat(prescriptions.renew(me, new dk.sandkassen.selfservice.PrescriptionId("r2"), null).problem())
                .isEqualTo("selfservice.prescription.not-yet");
        renew(forMother());
        notYet();
        renew(me);
        done();
    }

    @Test
    void prescriptionRenewedOnBehalfOf() {
        start("adult", "{ prescriptionRenewed: { onBehalfOf: mother } }", FROM_MOTHER.formatted("health"));
        renew(forSelf());
        notYet();
        renew(forMother());
        done();
    }

    /** The citizen's mother has given the citizen a fuldmagt for one area (a Sandkassen setup extension). */
    private static final String FROM_MOTHER = "  requests:\n    - fuldmagt-given: { from: mother, areas: [%s] }\n";

    private dk.sandkassen.selfservice.ForPerson forSelf() {
        return dk.sandkassen.selfservice.ForPerson.own(actors.citizen(sandbox));
    }

    private dk.sandkassen.selfservice.ForPerson forMother() {
        return new dk.sandkassen.selfservice.ForPerson(actors.citizen(sandbox), Role.MOTHER);
    }

    /** Renews the prescription that runs out soon (always the first), and makes sure it went through. */
    private void renew(dk.sandkassen.selfservice.ForPerson who) {
        assertThat(prescriptions.renew(who, new dk.sandkassen.selfservice.PrescriptionId("r1"), null).receipt()).isNotNull();
    }

    private void changeDoctor(dk.sandkassen.selfservice.ForPerson who) {
        var open = doctors.choices(who).stream().filter(dk.sandkassen.selfservice.Doctor::open).findFirst().orElseThrow();
        assertThat(doctors.change(who, open.id()).receipt()).isNotNull();
    }

    @Test
    void notification() {
        start("adult", "{ notification: { channel: sms, enabled: true } }");
        String mobile = sandbox.citizen().phone();
        settings.save(own, mobile, sandbox.citizen().email(), null, false, true);
        settings.save(own, "+45 20 30 40 50", null, null, true, false);
        notYet();
        settings.save(own, mobile, null, null, true, false);
        done();
    }

    @Test
    void nemSmsSignedUp() {
        start("adult", "{ nemSmsSignedUp: true }");
        settings.signUpForNemSms(own, sandbox.citizen().phone(), false);
        notYet();
        settings.signUpForNemSms(own, sandbox.citizen().phone(), true);
        done();
    }

    @Test
    void anAnswerLetterAChecksNamesArrivesOnlyThroughWhatTheLearnerDoes() {
        start("pensioner", "{ letterOpened: fritagelse-svar }");
        assertThat(post.letterNamed(own, "fritagelse-svar")).isEmpty();
        exemption.apply(Mailbox.own(actors.person(sandbox, Role.SELF)), Set.of(), true);
        notYet();
        post.open(own, letter("fritagelse-svar").id());
        done();
    }

    @Test
    void exemptionApplied() {
        start("pensioner", "{ exemptionApplied: true }");
        exemption.apply(Mailbox.own(actors.person(sandbox, Role.SELF)), Set.of("no-computer"), false);
        notYet();
        exemption.apply(Mailbox.own(actors.person(sandbox, Role.SELF)), Set.of("no-computer"), true);
        done();
    }

    @Test
    void suspiciousRequestRejected() {
        start("adult", "{ suspiciousRequestRejected: true }", "  suspiciousRequest: true\n");
        mitId.answerSuspiciousRequest(sandbox, mitId.pendingSuspiciousRequest(sandbox).orElseThrow(), true);
        notYet();
        mitId.answerSuspiciousRequest(sandbox, mitId.sendSuspiciousRequest(sandbox), false);
        done();
    }

    @Test
    void allOf() {
        start("adult", "{ allOf: [ { folderExists: Skat }, { folderExists: Sundhed } ] }");
        folders.create(own, "Skat");
        notYet();
        folders.create(own, "Sundhed");
        done();
    }

    @Test
    void anyOf() {
        start("adult", "{ anyOf: [ { folderExists: Skat }, { folderExists: Sundhed } ] }");
        folders.create(own, "Bolig");
        notYet();
        folders.create(own, "Sundhed");
        done();
    }

    @Test
    void stepsAreDoneInOrderAndStayDone() {
        start("adult", "{ folderExists: Skat }\n  - id: two\n    text: { da: To }\n    check: { folderExists: Bolig }");
        folders.create(own, "Bolig");
        assertThat(progress().doneCount()).isZero();
        folders.create(own, "Skat");
        done();
        folders.delete(own, folder("Skat").ref().customId(), false);
        assertThat(progress().complete()).isTrue();
    }

    @Test
    void aCatalogueLetterTheChecksNameIsThereWhoeverTheSeedMakes() {
        for (long seed = 1; seed <= 5; seed++) {
            start("young", "{ letterOpened: forsvarets-dag }", "", seed);
            assertThat(post.letterNamed(own, "forsvarets-dag")).isPresent();
        }
        assertThat(catalogue.find("forsvarets-dag")).isPresent();
    }

    /** "Hvad betyder brevet?" is hidden while an exercise that tests reading a letter runs, and back when it is done. */
    @Test
    void letterHelpIsOffWhileAReadingExerciseRuns() {
        start("pensioner", "{ letterOpened: scan }", SCAN);
        assertThat(letterHelp.offered(sandbox.id())).as("an exercise that does not test reading").isTrue();

        Exercise reading = library.find("PST-001").orElseThrow();
        assertThat(reading.letterHelp()).isFalse();
        sandbox = sandboxes.create(reading.persona(), 21);
        session.bind(sandbox);
        own = Mailbox.own(actors.person(sandbox, Role.SELF));
        assertThat(letterHelp.offered(sandbox.id())).as("no exercise").isTrue();
        exercises.start(sandbox, reading);
        assertThat(letterHelp.offered(sandbox.id())).isFalse();
        post.open(own, letter("scanning").id());
        post.letterPdf(own, letter("scanning").id());
        done();
        assertThat(letterHelp.offered(sandbox.id())).as("the exercise is done").isTrue();
    }

    // --- the learner's world -------------------------------------------------------------

    private static final String SCAN = """
              letters:
                - ref: scan
                  from: Region Hovedstaden
                  subject: Indkaldelse til scanning
                  body: "Kære {fornavn}. Du er indkaldt til scanning den {dato+14}."
                  attachment: Indkaldelse.pdf
                  unread: true
                  replyAllowed: false
            """;

    private void start(String persona, String check) {
        start(persona, check, "");
    }

    private void start(String persona, String check, String setup) {
        start(persona, check, setup, 7);
    }

    private void start(String persona, String check, String setup, long seed) {
        Exercise exercise = TeacherFolder.add(library, TEACHER_FOLDER, "TS-%03d".formatted(nextId++), "post", persona, setup, check);
        sandbox = sandboxes.create(exercise.persona(), seed);
        session.bind(sandbox);
        own = Mailbox.own(actors.person(sandbox, Role.SELF));
        exercises.start(sandbox, exercise);
        notYet();
    }

    private Progress progress() {
        return exercises.progress(sandbox.id()).orElseThrow();
    }

    private void notYet() {
        TeacherFolder.assertComplete(exercises, sandbox.id(), false);
    }

    private void done() {
        TeacherFolder.assertComplete(exercises, sandbox.id(), true);
    }

    private Letter letter(String name) {
        return post.letterNamed(own, name).orElseThrow();
    }

    private Letter other() {
        return post.letters(own, FolderRef.INBOX, "", LetterSort.DATE, 0, 50).stream()
                .filter(letter -> letter.ref() == null).findFirst().orElseThrow();
    }

    private Folder folder(String name) {
        return post.folders(own).stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private void send(SenderCategory category, String authority, boolean withFile) {
        List<Draft.NewFile> files = new ArrayList<>();
        if (withFile) {
            files.add(new Draft.NewFile("kvittering.pdf", "application/pdf", "%PDF-1.4".getBytes()));
        }
        assertThat(composer.send(own, new Draft(null, category, authority, "Spørgsmål", "Hej", files, null)).sent()).isTrue();
    }

    private void reply(Letter original) {
        assertThat(composer.send(own, new Draft(null, null, null, "Svar", "Tak for brevet", List.of(), original.id())).sent())
                .isTrue();
    }

    private Grant pending(Role helper) {
        return readAccess.givenBy(actors.person(sandbox, Role.SELF)).stream().filter(g -> g.helper() == helper)
                .filter(g -> g.status() == Grant.Status.REQUESTED).findFirst().orElseThrow();
    }

    private Fuldmagt requestFrom(Role holder) {
        return fuldmagter.given(actors.person(sandbox, Role.SELF)).stream().filter(f -> f.holder() == holder)
                .filter(f -> f.status() == Fuldmagt.Status.REQUESTED).findFirst().orElseThrow();
    }

    private Fuldmagt give(Role holder, Set<Area> areas) {
        Person person = sandbox.household().relative(holder).orElseThrow();
        return fuldmagter.give(actors.person(sandbox, Role.SELF), person.fullName(), person.cpr().formatted(), areas, null)
                .fuldmagt().orElseThrow();
    }
}
