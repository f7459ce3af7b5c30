package dk.sandkassen.access;

import dk.sandkassen.access.internal.FuldmagtStore;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Actor;
import dk.sandkassen.post.Deliveries;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxEvents;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Digital fuldmagt: give one (signed with MitID) and the holder gets a letter; ask for one
 * and the giver approves or rejects; ask on behalf of someone without MitID (by paper);
 * see what is given and received; revoke. The holder acts on the giver's behalf in exactly
 * the areas covered, and nowhere else.
 */
@Service
public class FuldmagtService {

    /** The fuldmagt made, or why not (a translation key). */
    public record Result(Optional<Fuldmagt> fuldmagt, Optional<String> problem) {
        static Result of(Fuldmagt fuldmagt) {
            return new Result(Optional.of(fuldmagt), Optional.empty());
        }

        static Result refused(String problem) {
            return new Result(Optional.empty(), Optional.of(problem));
        }
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.of("da", "DK"));
    private static final Map<Area, String> AREA_NAMES = Map.of(Area.POST, "Digital Post", Area.TAX, "Skat",
            Area.HEALTH, "Sundhed (sundhed.dk)", Area.PENSION, "Pension", Area.HOUSING, "Bolig og boligstøtte",
            Area.MOVING, "Flytning", Area.DOCTOR, "Valg af læge", Area.SU, "SU");

    private final FuldmagtStore store;
    private final Deliveries deliveries;
    private final SandboxEvents events;
    private final Clock clock;

    FuldmagtService(FuldmagtStore store, Deliveries deliveries, SandboxEvents events, Clock clock) {
        this.store = store;
        this.deliveries = deliveries;
        this.events = events;
        this.clock = clock;
    }

    /** "Giv fuldmagt": the giver has signed (with MitID, in the UI); it holds at once. */
    @Transactional
    public Result give(Actor giverActor, String holderName, String holderCpr, Set<Area> areas,
                       @Nullable LocalDate validUntil) {
        Sandbox sandbox = giverActor.sandbox();
        Role giver = giverActor.role();
        if (store.countAll(sandbox.id()) >= Fuldmagt.MAX_PER_SANDBOX) {
            return Result.refused("access.too-many");
        }
        People.Found holder = People.byNameAndCpr(sandbox, giver, holderName, holderCpr);
        Optional<String> problem = holder.problem().or(() -> check(areas, validUntil));
        if (problem.isPresent()) {
            return Result.refused(problem.get());
        }
        Role holderRole = holder.role().orElseThrow();
        Fuldmagt fuldmagt = save(sandbox, new Fuldmagt(0, giver, holderRole, areas, Fuldmagt.Status.ACTIVE, giver,
                validUntil, clock.instant(), clock.instant()));
        events.record(sandbox.id(), AccessEvents.FULDMAGT_GIVEN, giver.id(), Map.of("to", holderRole.id(),
                "areas", Area.encode(areas), "fuldmagt", String.valueOf(fuldmagt.id())));
        deliveries.deliver(sandbox, holderRole, "fuldmagt-modtaget", null, letterDetails(sandbox, fuldmagt));
        return Result.of(fuldmagt);
    }

    /**
     * "Anmod om fuldmagt": the helper asks. With {@code paper} the giver has no MitID: the
     * request comes as a letter to sign by hand and hand in at Borgerservice.
     */
    @Transactional
    public Result request(Actor holderActor, String giverName, String giverCpr, Set<Area> areas,
                          @Nullable LocalDate validUntil, boolean paper) {
        Sandbox sandbox = holderActor.sandbox();
        Role holder = holderActor.role();
        if (store.countAll(sandbox.id()) >= Fuldmagt.MAX_PER_SANDBOX) {
            return Result.refused("access.too-many");
        }
        People.Found giver = People.byNameAndCpr(sandbox, holder, giverName, giverCpr);
        Optional<String> problem = giver.problem().or(() -> check(areas, validUntil));
        if (problem.isPresent()) {
            return Result.refused(problem.get());
        }
        Role giverRole = giver.role().orElseThrow();
        Fuldmagt fuldmagt = save(sandbox, new Fuldmagt(0, giverRole, holder, areas,
                paper ? Fuldmagt.Status.PAPER : Fuldmagt.Status.REQUESTED, holder, validUntil, clock.instant(), null));
        events.record(sandbox.id(), AccessEvents.FULDMAGT_REQUESTED, holder.id(), Map.of("from", holder.id(),
                "to", giverRole.id(), "areas", Area.encode(areas), "paper", String.valueOf(paper),
                "fuldmagt", String.valueOf(fuldmagt.id())));
        deliveries.deliver(sandbox, giverRole, paper ? "fuldmagt-papir" : "fuldmagt-anmodning", null,
                letterDetails(sandbox, fuldmagt));
        return Result.of(fuldmagt);
    }

    /** The giver answers a request (or, for a paper request, Borgerservice registers the signed letter). */
    @Transactional
    public void answer(Actor giverActor, long id, boolean approve) {
        Sandbox sandbox = giverActor.sandbox();
        Role giver = giverActor.role();
        Fuldmagt fuldmagt = find(sandbox, id).filter(f -> f.giver() == giver
                        && (f.status() == Fuldmagt.Status.REQUESTED || f.status() == Fuldmagt.Status.PAPER))
                .orElseThrow(() -> new AccessDenied("fuldmagt.not-found"));
        store.setStatus(sandbox.id(), id, approve ? Fuldmagt.Status.ACTIVE : Fuldmagt.Status.REJECTED, clock.instant());
        events.record(sandbox.id(), AccessEvents.FULDMAGT_ANSWERED, giver.id(), Map.of("from", fuldmagt.holder().id(),
                "answer", approve ? "approved" : "rejected", "areas", Area.encode(fuldmagt.areas()),
                "fuldmagt", String.valueOf(id)));
        Map<String, String> details = new java.util.HashMap<>(letterDetails(sandbox, fuldmagt));
        details.put("svar", approve ? "godkendt" : "afvist");
        deliveries.deliver(sandbox, fuldmagt.holder(), "fuldmagt-svar", null, details);
    }

    /** The giver revokes (or the holder gives it up); it ends at once. */
    @Transactional
    public void revoke(Actor acting, long id) {
        Sandbox sandbox = acting.sandbox();
        Role actor = acting.role();
        Fuldmagt fuldmagt = find(sandbox, id)
                .filter(f -> (f.giver() == actor || f.holder() == actor) && f.status() == Fuldmagt.Status.ACTIVE)
                .orElseThrow(() -> new AccessDenied("fuldmagt.not-found"));
        store.setStatus(sandbox.id(), id, Fuldmagt.Status.REVOKED, clock.instant());
        events.record(sandbox.id(), AccessEvents.FULDMAGT_REVOKED, actor.id(), Map.of("to", fuldmagt.holder().id(),
                "from", fuldmagt.giver().id(), "fuldmagt", String.valueOf(id)));
    }

    /** Fuldmagter the person gave, or was asked for. */
    public List<Fuldmagt> given(Actor giver) {
        return store.byGiver(giver.sandboxId(), giver.role()).stream().map(FuldmagtService::fuldmagt).toList();
    }

    /** Fuldmagter the person holds, or asked for. */
    public List<Fuldmagt> received(Actor holder) {
        return store.byHolder(holder.sandboxId(), holder.role()).stream().map(FuldmagtService::fuldmagt).toList();
    }

    /** The areas in which {@code holder} may act for {@code giver} today; empty when none. */
    public Set<Area> areas(Actor holder, Role giver) {
        LocalDate today = LocalDate.now(clock);
        Set<Area> areas = EnumSet.noneOf(Area.class);
        received(holder).stream()
                .filter(f -> f.giver() == giver && f.currentOn(today))
                .forEach(f -> areas.addAll(f.areas()));
        return areas;
    }

    /** Those the holder may act for today. */
    public Set<Role> givers(Actor holder) {
        LocalDate today = LocalDate.now(clock);
        return received(holder).stream().filter(f -> f.currentOn(today)).map(Fuldmagt::giver)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    /** The holder acts for the giver in one area; refused unless a current fuldmagt covers it. */
    public void actFor(Actor holder, Role giver, Area area) {
        if (!areas(holder, giver).contains(area)) {
            throw new AccessDenied("fuldmagt.area-not-covered");
        }
        events.record(holder.sandboxId(), AccessEvents.ACTING_FOR, holder.role().id(), Map.of("for", giver.id(), "area", area.id()));
    }

    public boolean holds(Fuldmagt fuldmagt) {
        return fuldmagt.currentOn(LocalDate.now(clock));
    }

    public static String areaName(Area area) {
        return AREA_NAMES.get(area);
    }

    private Optional<String> check(Set<Area> areas, @Nullable LocalDate validUntil) {
        if (areas.isEmpty()) {
            return Optional.of("fuldmagt.choose-area");
        }
        if (validUntil != null && validUntil.isBefore(LocalDate.now(clock))) {
            return Optional.of("access.date-past");
        }
        return Optional.empty();
    }

    private Optional<Fuldmagt> find(Sandbox sandbox, long id) {
        return store.find(sandbox.id(), id, FuldmagtService::fuldmagt);
    }

    private Fuldmagt save(Sandbox sandbox, Fuldmagt fuldmagt) {
        long id = store.insert(sandbox.id(), fuldmagt, Area.encode(fuldmagt.areas()));
        return find(sandbox, id).orElseThrow();
    }

    private static Fuldmagt fuldmagt(FuldmagtStore.Row row) {
        return new Fuldmagt(row.id(), row.giver(), row.holder(), Area.decode(row.areas()), row.status(), row.requestedBy(),
                row.validUntil(), row.createdAt(), row.decidedAt());
    }

    private Map<String, String> letterDetails(Sandbox sandbox, Fuldmagt f) {
        return Map.of("ejer", People.name(sandbox, f.giver()), "hjaelper", People.name(sandbox, f.holder()),
                "omraader", f.areas().stream().map(AREA_NAMES::get).sorted().collect(Collectors.joining(", ")),
                "udloeb", f.validUntil() == null ? "den dag, fuldmagten tilbagekaldes" : f.validUntil().format(DATE));
    }
}
