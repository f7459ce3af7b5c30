package dk.sandkassen.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sandkassen.access.AccessDenied;
import dk.sandkassen.access.Area;
import dk.sandkassen.access.FuldmagtService;
import dk.sandkassen.access.Grant;
import dk.sandkassen.access.ReadAccessService;
import dk.sandkassen.identity.Address;
import dk.sandkassen.identity.Person;
import dk.sandkassen.identity.Persona;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Actor;
import dk.sandkassen.login.Actors;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxId;
import dk.sandkassen.sandbox.SandboxService;
import dk.sandkassen.selfservice.TaxAssessment.Figure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The successor of {@code AccessAuthorizationTest} for the self-service solutions: every public
 * method of their services, in one table, tried by the daughter on the citizen's matters in
 * each situation — no fuldmagt, read access only, a fuldmagt for other areas, one revoked, one
 * expired, a fuldmagt only in another sandbox, a fuldmagt from someone else, a fuldmagt for each
 * single solution's area, and one for every area. Only the last and the matching single area
 * let her in; everything else is an {@link AccessDenied} from the service itself.
 * A new public method fails {@link #everyPublicMethodHasARow()} until it has a row.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfServiceAuthorizationTest {

    private static final String WENT_THROUGH = "went through";
    private static final String DENIED = "was denied (selfservice.not-covered)";

    static final List<Class<?>> SERVICES = List.of(DoctorService.class, MoveService.class, TaxService.class,
            PrescriptionService.class);

    enum Situation {
        NO_FULDMAGT, READ_ACCESS_ONLY, OTHER_AREAS, REVOKED, EXPIRED, OTHER_SANDBOX, FROM_SOMEONE_ELSE,
        ONLY_DOCTOR(Area.DOCTOR), ONLY_MOVING(Area.MOVING), ONLY_TAX(Area.TAX), ONLY_HEALTH(Area.HEALTH),
        EVERY_AREA;

        private final Set<Area> areas;

        Situation(Area... areas) {
            this.areas = Set.of(areas);
        }
    }

    /** What the daughter tries for the citizen; true when it went through. */
    @FunctionalInterface
    interface Attempt {
        boolean reached(World w);
    }

    record Row(Solution solution, Attempt attempt) {
    }

    /** The citizen's sandbox, the daughter as she stands, and valid choices to hand in. */
    record World(Actor owner, Actor helper, ClinicId openClinic, Address moveTo) {
        ForPerson forCitizen() {
            return new ForPerson(helper, Role.SELF);
        }
    }

    @Autowired
    SandboxService sandboxes;
    @Autowired
    Actors actors;
    @Autowired
    DoctorService doctors;
    @Autowired
    MoveService moves;
    @Autowired
    TaxService tax;
    @Autowired
    PrescriptionService prescriptions;
    @Autowired
    FuldmagtService fuldmagter;
    @Autowired
    ReadAccessService readAccess;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    private TransactionTemplate transactions;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final List<SandboxId> made = new ArrayList<>();

    @BeforeAll
    void table() {
        transactions = new TransactionTemplate(transactionManager);
        row("DoctorService.open(ForPerson)", Solution.DOCTOR, w -> { doctors.open(w.forCitizen()); return true; });
        row("DoctorService.current(ForPerson)", Solution.DOCTOR, w -> doctors.current(w.forCitizen()) != null);
        row("DoctorService.choices(ForPerson)", Solution.DOCTOR, w -> !doctors.choices(w.forCitizen()).isEmpty());
        row("DoctorService.change(ForPerson,ClinicId)", Solution.DOCTOR,
                w -> doctors.change(w.forCitizen(), w.openClinic()).receipt() != null);
        row("MoveService.open(ForPerson)", Solution.MOVE, w -> { moves.open(w.forCitizen()); return true; });
        row("MoveService.addresses(ForPerson)", Solution.MOVE, w -> !moves.addresses(w.forCitizen()).isEmpty());
        row("MoveService.household(ForPerson)", Solution.MOVE, w -> !moves.household(w.forCitizen()).isEmpty());
        row("MoveService.report(ForPerson,Address,LocalDate,Set)", Solution.MOVE,
                w -> moves.report(w.forCitizen(), w.moveTo(), LocalDate.now().plusDays(7), Set.of(Role.SPOUSE)).receipt() != null);
        row("TaxService.open(ForPerson)", Solution.TAX, w -> { tax.open(w.forCitizen()); return true; });
        row("TaxService.assessment(ForPerson)", Solution.TAX, w -> tax.assessment(w.forCitizen()).income() > 0);
        row("TaxService.change(ForPerson,TaxAssessment$Figure,String)", Solution.TAX,
                w -> tax.change(w.forCitizen(), Figure.INCOME, "123.456").receipt() != null);
        row("PrescriptionService.open(ForPerson)", Solution.PRESCRIPTIONS,
                w -> { prescriptions.open(w.forCitizen()); return true; });
        row("PrescriptionService.prescriptions(ForPerson)", Solution.PRESCRIPTIONS,
                w -> !prescriptions.prescriptions(w.forCitizen()).isEmpty());
        row("PrescriptionService.appointment(ForPerson)", Solution.PRESCRIPTIONS,
                w -> prescriptions.appointment(w.forCitizen()) != null);
        row("PrescriptionService.renew(ForPerson,PrescriptionId,String)", Solution.PRESCRIPTIONS,
                w -> prescriptions.renew(w.forCitizen(), new PrescriptionId("r1"), "Tak").receipt() != null);
    }

    @Test
    void everyPublicMethodHasARow() {
        Set<String> methods = dk.sandkassen.testsupport.PublicMethods.of(SERVICES);
        assertThat(rows.keySet()).as("every public method of the self-service services has a refusal row")
                .containsExactlyInAnyOrderElementsOf(methods);
    }

    @ParameterizedTest
    @EnumSource(Situation.class)
    void theDaughterReachesOnlyWhatAFuldmagtForTheAreaAllows(Situation situation) {
        World w = world(situation);
        List<String> wrong = new ArrayList<>();
        rows.forEach((method, row) -> {
            boolean allowed = situation == Situation.EVERY_AREA || situation.areas.contains(row.solution().area());
            // Each attempt runs in a transaction that is rolled back, so no attempt sees what another changed.
            // Denied means the gate's AccessDenied: a kind refusal of the input would pass for it and hide a hole.
            String result = transactions.execute(status -> {
                status.setRollbackOnly();
                try {
                    return row.attempt().reached(w) ? WENT_THROUGH : "came back without going through, and not denied";
                } catch (AccessDenied refused) {
                    return SelfServiceGate.NOT_COVERED.equals(refused.messageKey()) ? DENIED
                            : "was denied with " + refused.messageKey();
                }
            });
            String expected = allowed ? WENT_THROUGH : DENIED;
            if (!expected.equals(result)) {
                wrong.add(method + " " + result);
            }
        });
        made.forEach(sandboxes::purge);
        made.clear();
        assertThat(wrong).as("with " + situation).isEmpty();
    }

    @Test
    void aPersonWhoIsNotInTheSandboxIsRefusedToo() {
        Sandbox sandbox = sandbox();
        ForPerson nobody = new ForPerson(actors.citizen(sandbox), Role.NEIGHBOUR);
        assertThat(Stream.<Runnable>of(() -> doctors.current(nobody), () -> moves.addresses(nobody),
                () -> tax.assessment(nobody), () -> prescriptions.prescriptions(nobody))).allSatisfy(call -> {
            try {
                call.run();
                org.assertj.core.api.Assertions.fail("went through for someone who is not there");
            } catch (AccessDenied refused) {
                assertThat(refused.messageKey()).isEqualTo("selfservice.not-covered");
            }
        });
        made.forEach(sandboxes::purge);
        made.clear();
    }

    @Test
    void aFuldmagtWithdrawnWhileThePagesAreOpenRefusesWhatIsHandedInAndChangesNothing() {
        World w = world(Situation.NO_FULDMAGT);
        long fuldmagt = give(w.owner(), w.owner().sandbox().household().relative(Role.DAUGHTER).orElseThrow(),
                EnumSet.allOf(Area.class));
        ForPerson citizen = w.forCitizen();
        doctors.open(citizen);
        moves.open(citizen);
        tax.open(citizen);
        prescriptions.open(citizen);
        Doctor before = doctors.current(citizen);
        TaxAssessment assessment = tax.assessment(citizen);

        fuldmagter.revoke(w.owner(), fuldmagt);

        assertThat(Stream.<Runnable>of(() -> doctors.change(citizen, w.openClinic()),
                () -> moves.report(citizen, w.moveTo(), LocalDate.now().plusDays(7), Set.of(Role.SPOUSE)),
                () -> tax.change(citizen, Figure.INCOME, "123.456"),
                () -> prescriptions.renew(citizen, new PrescriptionId("r1"), "Tak"))).allSatisfy(call ->
                assertThatThrownBy(call::run).isInstanceOfSatisfying(AccessDenied.class,
                        denied -> assertThat(denied.messageKey()).isEqualTo(SelfServiceGate.NOT_COVERED)));
        ForPerson own = ForPerson.own(w.owner());
        assertThat(doctors.current(own)).isEqualTo(before);
        assertThat(tax.assessment(own)).isEqualTo(assessment);
        assertThat(prescriptions.prescriptions(own).getFirst().renewed()).isFalse();
        assertThat(sandboxes.find(w.owner().sandboxId()).orElseThrow().citizen().address()).isNotEqualTo(w.moveTo());
        made.forEach(sandboxes::purge);
        made.clear();
    }

    private void row(String method, Solution solution, Attempt attempt) {
        rows.put(method, new Row(solution, attempt));
    }

    private Sandbox sandbox() {
        Sandbox sandbox = sandboxes.create(Persona.PENSIONER, 109);
        made.add(sandbox.id());
        return sandbox;
    }

    private World world(Situation situation) {
        Sandbox sandbox = sandbox();
        Actor owner = actors.citizen(sandbox);
        Person daughter = sandbox.household().relative(Role.DAUGHTER).orElseThrow();
        ForPerson own = ForPerson.own(owner);
        ClinicId open = doctors.choices(own).stream().filter(Doctor::open).findFirst().orElseThrow().id();
        Address moveTo = moves.addresses(own).getFirst();
        switch (situation) {
            case NO_FULDMAGT -> { }
            case READ_ACCESS_ONLY -> {
                Person citizen = sandbox.citizen();
                Grant grant = readAccess.request(actors.person(sandbox, Role.DAUGHTER), citizen.fullName(),
                        citizen.cpr().formatted(), LocalDate.now().plusYears(1), Grant.Rights.READ_WRITE).grant().orElseThrow();
                readAccess.approve(owner, grant.id());
            }
            case OTHER_AREAS -> give(owner, daughter, EnumSet.of(Area.POST, Area.PENSION, Area.HOUSING, Area.SU));
            case REVOKED -> fuldmagter.revoke(owner, give(owner, daughter, EnumSet.allOf(Area.class)));
            case EXPIRED -> jdbc.sql("update fuldmagt set valid_until = ? where id = ?")
                    .params(LocalDate.now().minusDays(1), give(owner, daughter, EnumSet.allOf(Area.class))).update();
            case OTHER_SANDBOX -> {
                Sandbox other = sandbox();
                give(actors.citizen(other), other.household().relative(Role.DAUGHTER).orElseThrow(), EnumSet.allOf(Area.class));
            }
            case FROM_SOMEONE_ELSE -> give(actors.person(sandbox, Role.SON), daughter, EnumSet.allOf(Area.class));
            case EVERY_AREA -> give(owner, daughter, EnumSet.allOf(Area.class));
            default -> give(owner, daughter, situation.areas);
        }
        return new World(owner, actors.person(sandbox, Role.DAUGHTER), open, moveTo);
    }

    private long give(Actor giver, Person holder, Set<Area> areas) {
        return fuldmagter.give(giver, holder.fullName(), holder.cpr().formatted(), areas, null).fuldmagt().orElseThrow().id();
    }
}
