package dk.sandkassen.selfservice;

import dk.sandkassen.access.AccessDenied;
import dk.sandkassen.access.FuldmagtService;
import dk.sandkassen.identity.Person;
import dk.sandkassen.post.Deliveries;
import dk.sandkassen.sandbox.SandboxEvent;
import dk.sandkassen.sandbox.SandboxEvents;
import dk.sandkassen.selfservice.internal.SelfServiceStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The one place the self-service solutions decide who may act: the person themselves, or a
 * holder of a fuldmagt that covers the solution's area today (decision 0014). Read access to
 * Digital Post is not enough, as in reality. Every public service method asks here first.
 */
@Component
class SelfServiceGate {

    static final String NOT_COVERED = "selfservice.not-covered";
    /** Every hand-in sends letters, and a learner can repeat it at will: the sandbox's post is bounded. */
    static final String SANDBOX_FULL = "selfservice.sandbox-full";

    private final FuldmagtService fuldmagter;
    private final SandboxEvents events;
    private final Deliveries deliveries;
    private final SelfServiceStore store;
    private final Clock clock;

    SelfServiceGate(FuldmagtService fuldmagter, SandboxEvents events, Deliveries deliveries, SelfServiceStore store,
                    Clock clock) {
        this.fuldmagter = fuldmagter;
        this.events = events;
        this.deliveries = deliveries;
        this.store = store;
        this.clock = clock;
    }

    /** The person whose matter it is, if the actor may act for them in this solution; else refused. */
    Person check(ForPerson who, Solution solution) {
        Person person = who.find().orElseThrow(() -> new AccessDenied(NOT_COVERED));
        if (!who.isOwn() && !fuldmagter.areas(who.acting(), who.person()).contains(solution.area())) {
            throw new AccessDenied(NOT_COVERED);
        }
        return person;
    }

    /** Opening a solution is an action too: on someone's behalf it is "acting for" them. */
    void open(ForPerson who, Solution solution) {
        check(who, solution);
        if (!who.isOwn()) {
            fuldmagter.actFor(who.acting(), who.person(), solution.area());
        }
        events.record(who.acting().sandboxId(), SelfServiceEvents.OPENED, who.acting().role().id(),
                Map.of("solution", solution.id(), "for", who.person().id()));
    }

    /**
     * Whether the sandbox has room for the letters a hand-in sends. A service asks before it
     * changes anything, and refuses with {@link #SANDBOX_FULL} when not.
     */
    boolean hasRoom(ForPerson who, int letters) {
        return deliveries.hasRoom(who.acting().sandboxId(), letters);
    }

    /**
     * Records what was handed in and makes its receipt; the receipt number is in the event.
     * {@code letters} is how many letters follow: a service that forgot {@link #hasRoom} fails
     * here (and its transaction is rolled back) rather than fill the sandbox without bound.
     */
    Receipt handIn(ForPerson who, Solution solution, String type, Map<String, String> details, String authority,
                   int letters) {
        if (!hasRoom(who, letters)) {
            throw new IllegalStateException("No room for the letters of " + type + ": ask hasRoom before changing anything");
        }
        Map<String, String> all = new HashMap<>(details);
        all.put("for", who.person().id());
        // Counted per sandbox, from an offset its seed gives, so receipts look alike across sandboxes only by chance.
        long counted = store.nextReceipt(who.acting().sandboxId());
        String number = "%d-%06d".formatted(LocalDate.now(clock).getYear(),
                Math.floorMod(who.acting().sandbox().seed() * 7919 + counted, 1_000_000));
        all.put("receipt", number);
        SandboxEvent event = events.record(who.acting().sandboxId(), type, who.acting().role().id(), all);
        return new Receipt(number, solution, who.person(), who.acting().role(), authority, event.occurredAt());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Clock clock() {
        return clock;
    }
}
