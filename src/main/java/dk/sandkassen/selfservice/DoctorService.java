package dk.sandkassen.selfservice;

import dk.sandkassen.identity.Address;
import dk.sandkassen.identity.IdentityFactory;
import dk.sandkassen.identity.Person;
import dk.sandkassen.identity.Seeds;
import dk.sandkassen.post.Deliveries;
import dk.sandkassen.selfservice.internal.SelfServiceStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Skift læge" (as on borger.dk): the person's doctor, the practices in their kommune (open or
 * closed to new patients), and the change — a receipt, and a letter from the kommune that a
 * new health card is on its way to the person's address.
 */
@Service
public class DoctorService {

    /** Practices listed per kommune. */
    static final int PRACTICES = 6;

    private final SelfServiceGate gate;
    private final SelfServiceStore store;
    private final Deliveries deliveries;

    DoctorService(SelfServiceGate gate, SelfServiceStore store, Deliveries deliveries) {
        this.gate = gate;
        this.store = store;
        this.deliveries = deliveries;
    }

    /** Opens "Skift læge" for the person: refused unless it is their own or a fuldmagt covers "Valg af læge". */
    @Transactional
    public void open(ForPerson who) {
        gate.open(who, Solution.DOCTOR);
    }

    /** The person's doctor now: the one they chose, else the one the seed gave them. */
    public Doctor current(ForPerson who) {
        return doctorOf(who, gate.check(who, Solution.DOCTOR));
    }

    /** For the other solutions (the medicine card names the doctor), once they have checked who acts. */
    Doctor doctorOf(ForPerson who, Person person) {
        return store.doctor(who.acting().sandboxId(), who.person())
                .map(row -> new Doctor(new ClinicId(row.clinicId()), row.doctor(), row.clinic(), row.address(), false, 0))
                .orElseGet(() -> inKommune(who.acting().sandbox().seed(), person.address()).get(1));
    }

    /** The practices in the person's kommune, nearest first, without the current one. */
    public List<Doctor> choices(ForPerson who) {
        Person person = gate.check(who, Solution.DOCTOR);
        ClinicId now = doctorOf(who, person).id();
        return inKommune(who.acting().sandbox().seed(), person.address()).stream()
                .filter(d -> !d.id().equals(now))
                .sorted(Comparator.comparingDouble(Doctor::distanceKm))
                .toList();
    }

    /** Changes to a practice in the list that takes new patients. */
    @Transactional
    public Outcome change(ForPerson who, ClinicId to) {
        Person person = gate.check(who, Solution.DOCTOR);
        Doctor chosen = choices(who).stream().filter(d -> d.id().equals(to)).findFirst().orElse(null);
        if (chosen == null) {
            return Outcome.refused("selfservice.doctor.unknown");
        }
        if (!chosen.open()) {
            return Outcome.refused("selfservice.doctor.closed");
        }
        if (!gate.hasRoom(who, 1)) {
            return Outcome.refused(SelfServiceGate.SANDBOX_FULL);
        }
        store.saveDoctor(who.acting().sandboxId(), who.person(),
                new SelfServiceStore.DoctorRow(chosen.id().value(), chosen.doctor(), chosen.clinic(), chosen.address()),
                gate.clock().instant());
        String kommune = person.address().city() + " Kommune, Borgerservice";
        Receipt receipt = gate.handIn(who, Solution.DOCTOR, SelfServiceEvents.DOCTOR_CHANGED,
                Map.of("clinic", chosen.id().value()), kommune, 1);
        deliveries.deliver(who.acting().sandbox(), who.person(), "laegeskift", null, Map.of(
                "praksis", chosen.clinic(), "laege", chosen.doctor(), "laegeadresse", chosen.address().toString(),
                "kvittering", receipt.number()));
        return Outcome.done(receipt);
    }

    /** The practices of the kommune {@code home} is in: the same for everyone in that sandbox and kommune. */
    static List<Doctor> inKommune(long sandboxSeed, Address home) {
        long seed = sandboxSeed * 131 + home.postalLine().hashCode();
        List<String> names = IdentityFactory.names(seed, PRACTICES);
        List<Address> streets = IdentityFactory.addresses(seed + 1, PRACTICES);
        Random random = new Random(Seeds.mix(seed + 2));
        List<Doctor> doctors = new ArrayList<>();
        for (int i = 0; i < PRACTICES; i++) {
            String street = streets.get(i).street();
            String streetName = street.replaceAll("\\s+\\d.*$", "");
            ClinicId id = new ClinicId("%06d".formatted(100_000 + random.nextInt(900_000)));
            // Two of six closed to new patients, as many are: the list must be read, not just clicked.
            boolean open = i != 1 && i != 4;
            double distance = Math.round((0.3 + random.nextDouble() * 9) * 10) / 10.0;
            doctors.add(new Doctor(id, names.get(i), "Lægehuset " + streetName, new Address(street, home.postcode(), home.city()),
                    open, distance));
        }
        return doctors;
    }
}
