package dk.sandkassen.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sandkassen.identity.Address;
import dk.sandkassen.identity.Persona;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Actor;
import dk.sandkassen.login.Actors;
import dk.sandkassen.post.Letter;
import dk.sandkassen.post.Mailbox;
import dk.sandkassen.post.PostService;
import dk.sandkassen.post.SandboxLimits;
import dk.sandkassen.post.SenderCategory;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxService;
import dk.sandkassen.selfservice.TaxAssessment.Figure;
import dk.sandkassen.testsupport.SandboxTables;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The four solutions as a learner meets them: each ends with a receipt and a letter from the
 * right authority; bad input gets a kind answer and changes nothing; a move changes the address
 * everywhere; and a sandbox that used every solution leaves no row behind when it ends.
 */
@SpringBootTest
class SelfServiceTest {

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
    PostService post;
    @Autowired
    JdbcClient jdbc;

    @Test
    void changingDoctorGivesAReceiptAndTheKommunesLetterAboutTheNewHealthCard() {
        Sandbox sandbox = sandboxes.create(Persona.ADULT, 301);
        ForPerson me = ForPerson.own(actors.citizen(sandbox));
        Doctor before = doctors.current(me);
        Doctor closed = doctors.choices(me).stream().filter(d -> !d.open()).findFirst().orElseThrow();
        assertThat(doctors.change(me, closed.id()).problem()).isEqualTo("selfservice.doctor.closed");
        assertThat(doctors.change(me, new ClinicId("000000")).problem()).isEqualTo("selfservice.doctor.unknown");
        assertThat(doctors.current(me)).isEqualTo(before);

        Doctor chosen = doctors.choices(me).stream().filter(Doctor::open).findFirst().orElseThrow();
        Receipt receipt = doctors.change(me, chosen.id()).receipt();

        assertThat(receipt).isNotNull();
        assertThat(receipt.authority()).isEqualTo(sandbox.citizen().address().city() + " Kommune, Borgerservice");
        assertThat(doctors.current(me).id()).isEqualTo(chosen.id());
        assertThat(doctors.choices(me)).extracting(Doctor::id).doesNotContain(chosen.id()).contains(before.id());
        Letter letter = letter(sandbox, Role.SELF, "laegeskift");
        assertThat(letter.sender()).isEqualTo(receipt.authority());
        assertThat(letter.body()).contains(chosen.clinic() + " (læge " + chosen.doctor() + ")", receipt.number(),
                sandbox.citizen().address().street());
    }

    @Test
    void theAssessmentTakesAmountsAsTypedAndAnswersAbsurdOnesKindly() {
        Sandbox sandbox = sandboxes.create(Persona.ADULT, 302);
        ForPerson me = ForPerson.own(actors.citizen(sandbox));
        TaxAssessment before = tax.assessment(me);
        assertThat(tax.change(me, Figure.INCOME, "  ").problem()).isEqualTo("selfservice.tax.empty");
        assertThat(tax.change(me, Figure.INCOME, "mange penge").problem()).isEqualTo("selfservice.tax.not-a-number");
        assertThat(tax.change(me, Figure.INCOME, "-5000").problem()).isEqualTo("selfservice.tax.not-a-number");
        assertThat(tax.change(me, Figure.INCOME, "9".repeat(25)).problem()).isEqualTo("selfservice.tax.too-long");
        assertThat(tax.change(me, null, "400000").problem()).isEqualTo("selfservice.tax.figure-missing");
        assertThat(tax.change(me, Figure.INCOME, null).problem()).isEqualTo("selfservice.tax.empty");
        assertThat(tax.change(me, Figure.INCOME, "99.000.000").problem()).isEqualTo("selfservice.tax.too-large.income");
        assertThat(tax.change(me, Figure.TRANSPORT, "250000").problem()).isEqualTo("selfservice.tax.too-large.transport");
        assertThat(tax.change(me, Figure.INCOME, String.valueOf(before.income())).problem()).isEqualTo("selfservice.tax.unchanged");
        assertThat(tax.assessment(me)).isEqualTo(before);

        Receipt receipt = tax.change(me, Figure.TRANSPORT, "9.000 kr.").receipt();

        assertThat(receipt).isNotNull();
        TaxAssessment after = tax.assessment(me);
        assertThat(after.transport()).isEqualTo(9_000);
        assertThat(after.monthlyDeduction()).isGreaterThan(before.monthlyDeduction());
        assertThat(after.expectedTax()).isLessThan(before.expectedTax());
        Letter letter = letter(sandbox, Role.SELF, "skat-nyt-skattekort");
        assertThat(letter.sender()).isEqualTo("Skattestyrelsen");
        // A notice, as in reality: the figures are in TastSelv, not in Digital Post.
        assertThat(letter.body()).contains("TastSelv", receipt.number())
                .doesNotContain("9.000", "Trækprocent", after.withholdingRate() + " %");
    }

    @Test
    void amountsAreReadWithTheGroupingThePageShowsInEitherLanguage() {
        for (String typed : List.of("385000", "385.000", "385,000", "385 000", "385\u00a0000", "385\u202f000",
                "385.000 kr.", "385,000 DKK", " 385000 kr ")) {
            assertThat(TaxService.parse(typed)).as(typed).contains(385_000L);
        }
        assertThat(TaxService.parse("1,250,000")).contains(1_250_000L);
        for (String typed : List.of("385,50", "38,50", "3850,00", "1.250,000", "385..000", ",385", "385.000,-", "-5000", "")) {
            assertThat(TaxService.parse(typed)).as(typed).isEmpty();
        }
    }

    @Test
    void everyDoseIsTranslatedIntoBothLanguages() throws java.io.IOException {
        for (String language : List.of("da", "en")) {
            java.util.Properties texts = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
                texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(PrescriptionService.doseKeys()).as(language).isNotEmpty()
                    .allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void onlyAPrescriptionThatRunsOutCanBeRenewedAndOnlyOnce() {
        Sandbox sandbox = sandboxes.create(Persona.PENSIONER, 303);
        ForPerson me = ForPerson.own(actors.citizen(sandbox));
        List<Prescription> list = prescriptions.prescriptions(me);
        assertThat(list).hasSize(3);
        assertThat(prescriptions.renew(me, list.get(1).id(), null).problem()).isEqualTo("selfservice.prescription.not-yet");
        assertThat(prescriptions.renew(me, new PrescriptionId("r9"), null).problem()).isEqualTo("selfservice.prescription.unknown");
        assertThat(prescriptions.renew(me, list.getFirst().id(), "x".repeat(301)).problem())
                .isEqualTo("selfservice.prescription.note-too-long");

        Receipt receipt = prescriptions.renew(me, list.getFirst().id(), "Jeg tager dem stadig hver dag.").receipt();

        assertThat(receipt).isNotNull();
        assertThat(prescriptions.prescriptions(me).getFirst().renewed()).isTrue();
        assertThat(prescriptions.prescriptions(me).getFirst().validUntil()).isAfter(LocalDate.now().plusMonths(11));
        assertThat(prescriptions.renew(me, list.getFirst().id(), null).problem()).isEqualTo("selfservice.prescription.already");
        assertThat(prescriptions.appointment(me).place()).startsWith(doctors.current(me).clinic());
        Letter letter = letter(sandbox, Role.SELF, "recept-fornyet");
        assertThat(letter.sender()).isEqualTo(doctors.current(me).clinic());
        assertThat(letter.category()).isEqualTo(SenderCategory.OEVRIGE);
        assertThat(letter.body()).contains(list.getFirst().medicine(), doctors.current(me).doctor());
    }

    @Test
    void aMoveChangesTheAddressEverywhereForThoseWhoMoveAndTheNextLettersShowIt() {
        Sandbox sandbox = sandboxes.create(Persona.ADULT, 304);
        Actor citizen = actors.citizen(sandbox);
        ForPerson me = ForPerson.own(citizen);
        Address old = sandbox.citizen().address();
        Address to = moves.addresses(me).getFirst();
        assertThat(moves.addresses(me)).doesNotContain(old);
        assertThat(moves.household(me)).extracting(p -> p.role()).containsExactly(Role.SPOUSE);
        LocalDate today = LocalDate.now();
        assertThat(moves.report(me, null, today, Set.of()).problem()).isEqualTo("selfservice.move.address-missing");
        assertThat(moves.report(me, new Address("Opdigtet Vej 1", "9999", "Ingenby"), today, Set.of()).problem())
                .isEqualTo("selfservice.move.address-unknown");
        assertThat(moves.report(me, to, null, Set.of()).problem()).isEqualTo("selfservice.move.date-missing");
        assertThat(moves.report(me, to, today.minusDays(6), Set.of()).problem()).isEqualTo("selfservice.move.date-too-early");
        assertThat(moves.report(me, to, today.plusDays(29), Set.of()).problem()).isEqualTo("selfservice.move.date-too-late");
        assertThat(moves.report(me, to, today, Set.of(Role.MOTHER)).problem()).isEqualTo("selfservice.move.not-living-here");
        assertThat(sandboxes.find(sandbox.id()).orElseThrow().citizen().address()).isEqualTo(old);

        Receipt receipt = moves.report(me, to, today.plusDays(7), Set.of(Role.SPOUSE)).receipt();

        assertThat(receipt).isNotNull();
        assertThat(receipt.authority()).isEqualTo(to.city() + " Kommune, Borgerservice");
        Sandbox now = sandboxes.find(sandbox.id()).orElseThrow();
        assertThat(now.citizen().address()).isEqualTo(to);
        assertThat(now.household().relative(Role.SPOUSE).orElseThrow().address()).isEqualTo(to);
        assertThat(now.household().relative(Role.MOTHER).orElseThrow().address())
                .isEqualTo(sandbox.household().relative(Role.MOTHER).orElseThrow().address());
        Letter confirmation = letter(now, Role.SELF, "flytning-kvittering");
        assertThat(confirmation.sender()).isEqualTo(to.city() + " Kommune, Borgerservice");
        assertThat(confirmation.body()).contains(to.street(), to.postalLine(), old.toString(), receipt.number());
        assertThat(confirmation.body()).contains("nyt sundhedskort").doesNotContain("står nu på dit sundhedskort");
        // The spouse moved along: told who reported the move, not thanked for a report of her own.
        assertThat(post.letterNamed(Mailbox.own(actors.person(now, Role.SPOUSE)), "flytning-kvittering")).isEmpty();
        assertThat(letter(now, Role.SPOUSE, "flytning-medflytter").body()).contains(to.street(), sandbox.citizen().fullName())
                .doesNotContain("modtaget din anmeldelse");

        // The next letter (after the login reads the sandbox again) goes to the new address, from the new kommune.
        ForPerson moved = ForPerson.own(actors.citizen(now));
        Doctor chosen = doctors.choices(moved).stream().filter(Doctor::open).findFirst().orElseThrow();
        assertThat(chosen.address().postalLine()).isEqualTo(to.postalLine());
        doctors.change(moved, chosen.id());
        Letter next = letter(now, Role.SELF, "laegeskift");
        assertThat(next.sender()).isEqualTo(to.city() + " Kommune, Borgerservice");
        assertThat(next.body()).contains(to.street()).doesNotContain(old.street());
    }

    @Test
    void aSandboxThatUsedEverySolutionLeavesNoRowWhenItEnds() {
        Sandbox sandbox = sandboxes.create(Persona.ADULT, 305);
        Sandbox other = sandboxes.create(Persona.ADULT, 305);
        for (Sandbox each : List.of(sandbox, other)) {
            ForPerson me = ForPerson.own(actors.citizen(each));
            doctors.open(me);
            assertThat(doctors.change(me, doctors.choices(me).stream().filter(Doctor::open).findFirst().orElseThrow().id())
                    .receipt()).isNotNull();
            assertThat(tax.change(me, Figure.INCOME, "412000").receipt()).isNotNull();
            assertThat(prescriptions.renew(me, new PrescriptionId("r1"), "Tak").receipt()).isNotNull();
            assertThat(moves.report(me, moves.addresses(me).getFirst(), LocalDate.now(), Set.of(Role.SPOUSE)).receipt()).isNotNull();
        }
        SandboxTables tables = new SandboxTables(jdbc);
        assertThat(tables.rowsOf(sandbox.id().value())).containsKeys("selfservice_doctor", "selfservice_tax",
                "selfservice_prescription", "selfservice_move");
        assertThat(tables.rowsOf(sandbox.id().value())).allSatisfy((table, rows) -> {
            if (table.startsWith("selfservice_")) {
                assertThat(rows).as(table).isPositive();
            }
        });

        assertThat(sandboxes.purge(sandbox.id())).isTrue();

        assertThat(tables.rowsOf(sandbox.id().value())).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(tables.rowsOf(other.id().value()).get("selfservice_move")).isEqualTo(1);
        sandboxes.purge(other.id());
    }

    @Test
    void aSandboxWithAllThePostItMayHoldHandsNothingInAndSaysSoKindly() {
        Sandbox sandbox = sandboxes.create(Persona.ADULT, 306);
        ForPerson me = ForPerson.own(actors.citizen(sandbox));
        Doctor before = doctors.current(me);
        TaxAssessment assessment = tax.assessment(me);
        Address to = moves.addresses(me).getFirst();
        fillPost(sandbox, SandboxLimits.MAX_LETTERS - 1);

        // A move with the spouse sends two letters: there is room for one.
        assertThat(moves.report(me, to, LocalDate.now(), Set.of(Role.SPOUSE)).problem()).isEqualTo("selfservice.sandbox-full");
        assertThat(sandboxes.find(sandbox.id()).orElseThrow().citizen().address()).isEqualTo(sandbox.citizen().address());
        assertThat(doctors.change(me, doctors.choices(me).stream().filter(Doctor::open).findFirst().orElseThrow().id())
                .receipt()).isNotNull();
        Doctor chosen = doctors.current(me);

        Doctor another = doctors.choices(me).stream().filter(Doctor::open).findFirst().orElseThrow();
        assertThat(doctors.change(me, another.id()).problem()).isEqualTo("selfservice.sandbox-full");
        assertThat(tax.change(me, Figure.INCOME, String.valueOf(assessment.income() + 1_000)).problem())
                .isEqualTo("selfservice.sandbox-full");
        assertThat(prescriptions.renew(me, new PrescriptionId("r1"), null).problem()).isEqualTo("selfservice.sandbox-full");
        assertThat(moves.report(me, to, LocalDate.now(), Set.of()).problem()).isEqualTo("selfservice.sandbox-full");

        assertThat(doctors.current(me)).isEqualTo(chosen).isNotEqualTo(before);
        assertThat(tax.assessment(me)).isEqualTo(assessment);
        assertThat(prescriptions.prescriptions(me).getFirst().renewed()).isFalse();
        assertThat(lettersIn(sandbox)).isEqualTo(SandboxLimits.MAX_LETTERS);
        sandboxes.purge(sandbox.id());
    }

    @Test
    void receiptNumbersKeepGrowingWhenTheOldestEventsAreTrimmed() {
        Sandbox sandbox = sandboxes.create(Persona.ADULT, 307);
        ForPerson me = ForPerson.own(actors.citizen(sandbox));
        long income = tax.assessment(me).income();
        List<String> numbers = new java.util.ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            // As the event limit does to the oldest events: they are gone, the receipts handed out are not.
            jdbc.sql("delete from sandbox_event where sandbox_id = ?").param(sandbox.id().value()).update();
            numbers.add(tax.change(me, Figure.INCOME, String.valueOf(income + i * 1_000)).receipt().number());
        }
        assertThat(numbers).doesNotHaveDuplicates();
        sandboxes.purge(sandbox.id());
    }

    /** Plain letters in the citizen's Indbakke until the sandbox holds {@code total}. */
    private void fillPost(Sandbox sandbox, int total) {
        for (int n = lettersIn(sandbox); n < total; n++) {
            jdbc.sql("insert into post_letter (sandbox_id, owner, sender, category, subject, body, received_at, unread,"
                            + " reply_allowed, folder) values (?, 'self', 'Fyld', 'oevrige', 'Fyld', 'Fyld', ?, false, false, 'inbox')")
                    .params(sandbox.id().value(), java.sql.Timestamp.from(java.time.Instant.now())).update();
        }
    }

    private int lettersIn(Sandbox sandbox) {
        return jdbc.sql("select count(*) from post_letter where sandbox_id = ?").param(sandbox.id().value())
                .query(Integer.class).single();
    }

    private Letter letter(Sandbox sandbox, Role owner, String name) {
        return post.letterNamed(Mailbox.own(actors.person(sandbox, owner)), name).orElseThrow();
    }
}
