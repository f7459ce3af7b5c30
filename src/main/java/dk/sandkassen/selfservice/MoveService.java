package dk.sandkassen.selfservice;

import dk.sandkassen.identity.Address;
import dk.sandkassen.identity.IdentityFactory;
import dk.sandkassen.identity.Person;
import dk.sandkassen.identity.Role;
import dk.sandkassen.post.Deliveries;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxService;
import dk.sandkassen.selfservice.internal.SelfServiceStore;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Anmeld flytning": a new address (found among fictitious addresses from the same generator
 * as everyone's home, as the real form only takes addresses that exist), the day of the move
 * and who moves along. The address changes at once everywhere in the sandbox — the welcome
 * page, the kommune, the next letters — and the new kommune confirms by letter.
 */
@Service
public class MoveService {

    /** As in reality: a move can be reported up to 4 weeks before and 5 days after. */
    public static final int DAYS_BEFORE = 28;
    public static final int DAYS_AFTER = 5;
    /** Moves per sandbox: far more than a lesson needs, and a bound on the rows a visitor makes. */
    static final int MAX_MOVES = 30;
    static final int ADDRESSES = 8;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.of("da", "DK"));

    private final SelfServiceGate gate;
    private final SelfServiceStore store;
    private final SandboxService sandboxes;
    private final Deliveries deliveries;

    MoveService(SelfServiceGate gate, SelfServiceStore store, SandboxService sandboxes, Deliveries deliveries) {
        this.gate = gate;
        this.store = store;
        this.sandboxes = sandboxes;
        this.deliveries = deliveries;
    }

    /** Opens "Anmeld flytning": refused unless it is the person's own or a fuldmagt covers "Flytning". */
    @Transactional
    public void open(ForPerson who) {
        gate.open(who, Solution.MOVE);
    }

    /** Addresses the person can move to (what the address search finds), never the one they live at. */
    public List<Address> addresses(ForPerson who) {
        Person person = gate.check(who, Solution.MOVE);
        long seed = who.acting().sandbox().seed() * 37 + who.person().ordinal() * 1009L + store.moves(who.acting().sandboxId());
        return IdentityFactory.addresses(seed, ADDRESSES).stream().filter(a -> !a.equals(person.address())).toList();
    }

    /** Who lives with the person and can move along. */
    public List<Person> household(ForPerson who) {
        Person person = gate.check(who, Solution.MOVE);
        return who.acting().sandbox().household().everyone().stream()
                .filter(p -> p.role() != person.role() && p.address().equals(person.address()))
                .toList();
    }

    /** Reports the move; a kind problem (and nothing changed) if a field cannot be right. */
    @Transactional
    public Outcome report(ForPerson who, @Nullable Address to, @Nullable LocalDate date, Set<Role> with) {
        Person person = gate.check(who, Solution.MOVE);
        LocalDate today = gate.today();
        if (to == null) {
            return Outcome.refused("selfservice.move.address-missing");
        }
        if (!addresses(who).contains(to)) {
            return Outcome.refused("selfservice.move.address-unknown");
        }
        if (date == null) {
            return Outcome.refused("selfservice.move.date-missing");
        }
        if (date.isBefore(today.minusDays(DAYS_AFTER))) {
            return Outcome.refused("selfservice.move.date-too-early");
        }
        if (date.isAfter(today.plusDays(DAYS_BEFORE))) {
            return Outcome.refused("selfservice.move.date-too-late");
        }
        Set<Role> living = household(who).stream().map(Person::role).collect(Collectors.toSet());
        if (!living.containsAll(with)) {
            return Outcome.refused("selfservice.move.not-living-here");
        }
        if (store.moves(who.acting().sandboxId()) >= MAX_MOVES) {
            return Outcome.refused("selfservice.move.too-many");
        }
        Set<Role> movers = EnumSet.of(who.person());
        movers.addAll(with);
        if (!gate.hasRoom(who, movers.size())) {
            return Outcome.refused(SelfServiceGate.SANDBOX_FULL);
        }
        String withIds = with.stream().map(Role::id).sorted().collect(Collectors.joining(","));
        store.saveMove(who.acting().sandboxId(), who.person(), withIds, person.address(), to, date, who.acting().role(),
                gate.clock().instant());
        Sandbox moved = sandboxes.changeAddress(who.acting().sandboxId(), movers, to);
        Receipt receipt = gate.handIn(who, Solution.MOVE, SelfServiceEvents.MOVE_REPORTED,
                Map.of("with", withIds, "date", date.toString(), "postcode", to.postcode()), to.city() + " Kommune, Borgerservice",
                movers.size());
        List<String> names = new ArrayList<>();
        movers.forEach(role -> names.add(moved.household().person(role).orElseThrow().fullName()));
        String reporter = moved.household().person(who.acting().role()).orElseThrow().fullName();
        for (Role mover : movers) {
            // The one whose move it is gets the receipt for the report; who moves along is told who reported it.
            deliveries.deliver(moved, mover, mover == who.person() ? "flytning-kvittering" : "flytning-medflytter", null,
                    Map.of("tidligere", person.address().toString(), "flyttedato", date.format(DATE),
                            "flyttere", String.join(", ", names), "anmelder", reporter, "kvittering", receipt.number()));
        }
        return Outcome.done(receipt);
    }
}
