package dk.sandkassen.selfservice;

import dk.sandkassen.identity.Person;
import dk.sandkassen.identity.Seeds;
import dk.sandkassen.post.Deliveries;
import dk.sandkassen.selfservice.internal.SelfServiceStore;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Medicinkort og recepter" (sundhed.dk, Demo): the person's prescriptions, renewing one that
 * runs out (the person's own doctor answers by letter), and the next appointment.
 */
@Service
public class PrescriptionService {

    /** The note to the doctor is short, as in the real form. */
    public static final int MAX_NOTE = 300;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.of("da", "DK"));

    /**
     * Common medicines by generic name (as the Danish medicine card names them): name, dose and
     * purpose (the last parts of translation keys {@code selfservice.dose.*} and
     * {@code selfservice.purpose.*}), for people from this age.
     */
    private record Medicine(String name, String dose, String purpose, int fromAge) {
    }

    private static final List<Medicine> MEDICINES = List.of(
            new Medicine("Cetirizin 10 mg tabletter", "tablet-daily", "allergy", 0),
            new Medicine("Salbutamol inhalator 0,1 mg/dosis", "puffs-as-needed", "asthma", 0),
            new Medicine("Ibuprofen 400 mg tabletter", "tablet-up-to-3-daily", "pain", 15),
            new Medicine("Levothyroxin 50 mikrogram tabletter", "tablet-morning", "thyroid", 25),
            new Medicine("Omeprazol 20 mg kapsler", "capsule-daily", "stomach", 25),
            new Medicine("Amlodipin 5 mg tabletter", "tablet-daily", "blood-pressure", 45),
            new Medicine("Simvastatin 40 mg tabletter", "tablet-evening-meal", "cholesterol", 45),
            new Medicine("Metformin 500 mg tabletter", "tablet-twice-daily", "diabetes", 55));

    /** The doses' translation keys, for the test that each is in both languages. */
    static List<String> doseKeys() {
        return MEDICINES.stream().map(m -> "selfservice.dose." + m.dose()).distinct().toList();
    }

    private final SelfServiceGate gate;
    private final SelfServiceStore store;
    private final Deliveries deliveries;
    private final DoctorService doctors;

    PrescriptionService(SelfServiceGate gate, SelfServiceStore store, Deliveries deliveries, DoctorService doctors) {
        this.gate = gate;
        this.store = store;
        this.deliveries = deliveries;
        this.doctors = doctors;
    }

    /** Opens the medicine card: refused unless it is the person's own or a fuldmagt covers "Sundhed". */
    @Transactional
    public void open(ForPerson who) {
        gate.open(who, Solution.PRESCRIPTIONS);
    }

    public List<Prescription> prescriptions(ForPerson who) {
        Person person = gate.check(who, Solution.PRESCRIPTIONS);
        Map<String, LocalDate> renewed = store.renewals(who.acting().sandboxId(), who.person());
        LocalDate today = gate.today();
        Random random = new Random(Seeds.mix(who.acting().sandbox().seed() * 53 + person.role().ordinal()));
        List<Medicine> fitting = new ArrayList<>(MEDICINES.stream().filter(m -> person.ageOn(today) >= m.fromAge()).toList());
        java.util.Collections.shuffle(fitting, random);
        List<Prescription> list = new ArrayList<>();
        for (int i = 0; i < Math.min(3, fitting.size()); i++) {
            Medicine medicine = fitting.get(i);
            String id = "r" + (i + 1);
            // The first runs out soon: there is always one to renew.
            LocalDate until = i == 0 ? today.plusDays(5 + random.nextInt(20)) : today.plusDays(90 + random.nextInt(200));
            int left = i == 0 ? 0 : 1 + random.nextInt(3);
            LocalDate renewedUntil = renewed.get(id);
            list.add(renewedUntil == null
                    ? new Prescription(new PrescriptionId(id), medicine.name(), medicine.dose(), medicine.purpose(), until, left, false)
                    : new Prescription(new PrescriptionId(id), medicine.name(), medicine.dose(), medicine.purpose(), renewedUntil, 4, true));
        }
        return list;
    }

    /** The next appointment: a check-up at the person's own doctor. */
    public Appointment appointment(ForPerson who) {
        Doctor doctor = doctors.doctorOf(who, gate.check(who, Solution.PRESCRIPTIONS));
        Random random = new Random(Seeds.mix(who.acting().sandbox().seed() * 59 + who.person().ordinal()));
        LocalDate day = gate.today().plusDays(8 + random.nextInt(20));
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        LocalTime time = LocalTime.of(8, 0).plusMinutes(15L * random.nextInt(28));
        return new Appointment(day.atTime(time), doctor.clinic() + ", " + doctor.address(), "check-up");
    }

    /** Asks the person's doctor to renew one that runs out; the doctor renews it at once (practice). */
    @Transactional
    public Outcome renew(ForPerson who, PrescriptionId id, @Nullable String note) {
        Person person = gate.check(who, Solution.PRESCRIPTIONS);
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            return Outcome.refused("selfservice.prescription.note-too-long");
        }
        Prescription prescription = prescriptions(who).stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
        if (prescription == null) {
            return Outcome.refused("selfservice.prescription.unknown");
        }
        if (!prescription.renewable(gate.today())) {
            return Outcome.refused(prescription.renewed() ? "selfservice.prescription.already" : "selfservice.prescription.not-yet");
        }
        if (!gate.hasRoom(who, 1)) {
            return Outcome.refused(SelfServiceGate.SANDBOX_FULL);
        }
        LocalDate until = gate.today().plusYears(1);
        store.saveRenewal(who.acting().sandboxId(), who.person(), id.value(), until, text.isEmpty() ? null : text,
                gate.clock().instant());
        Doctor doctor = doctors.doctorOf(who, person);
        Receipt receipt = gate.handIn(who, Solution.PRESCRIPTIONS, SelfServiceEvents.PRESCRIPTION_RENEWED,
                Map.of("prescription", id.value()), doctor.clinic(), 1);
        deliveries.deliver(who.acting().sandbox(), who.person(), "recept-fornyet", null, Map.of(
                "praksis", doctor.clinic(), "laege", doctor.doctor(), "medicin", prescription.medicine(),
                "gyldig", until.format(DATE), "kvittering", receipt.number()));
        return Outcome.done(receipt);
    }
}
