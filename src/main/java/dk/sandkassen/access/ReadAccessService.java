package dk.sandkassen.access;

import dk.sandkassen.access.internal.GrantStore;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Actor;
import dk.sandkassen.post.Deliveries;
import dk.sandkassen.post.Mailbox;
import dk.sandkassen.post.PostService;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxEvents;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
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
 * Read access to Digital Post. The current model: the helper asks ("Anmod om adgang": the
 * owner's name, CPR and an end date), the owner approves or rejects, the helper is told and
 * can "skift postkasse". The older folder model: the owner gives chosen folders with a
 * password the helper types to accept. The owner sees who has access and removes it at once.
 */
@Service
public class ReadAccessService {

    /** The grant made, or why not (a translation key). */
    public record Result(Optional<Grant> grant, Optional<String> problem) {
        static Result of(Grant grant) {
            return new Result(Optional.of(grant), Optional.empty());
        }

        static Result refused(String problem) {
            return new Result(Optional.empty(), Optional.of(problem));
        }
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.of("da", "DK"));

    private final GrantStore grants;
    private final PostService post;
    private final Deliveries deliveries;
    private final SandboxEvents events;
    private final Clock clock;

    ReadAccessService(GrantStore grants, PostService post, Deliveries deliveries, SandboxEvents events, Clock clock) {
        this.grants = grants;
        this.post = post;
        this.deliveries = deliveries;
        this.events = events;
        this.clock = clock;
    }

    /** "Anmod om adgang": the helper asks for access to the owner's whole mailbox. */
    @Transactional
    public Result request(Actor helperActor, String ownerName, String ownerCpr, @Nullable LocalDate expiresOn,
                          Grant.Rights rights) {
        Sandbox sandbox = helperActor.sandbox();
        Role helper = helperActor.role();
        if (grants.countAll(sandbox.id()) >= Grant.MAX_PER_SANDBOX) {
            return Result.refused("access.too-many");
        }
        People.Found owner = People.byNameAndCpr(sandbox, helper, ownerName, ownerCpr);
        if (owner.problem().isPresent()) {
            return Result.refused(owner.problem().get());
        }
        if (rights == Grant.Rights.EDIT) {
            return Result.refused("access.rights-invalid");
        }
        Optional<String> dateProblem = checkDate(expiresOn, true);
        if (dateProblem.isPresent()) {
            return Result.refused(dateProblem.get());
        }
        Role ownerRole = owner.role().orElseThrow();
        Grant grant = save(sandbox, new Grant(0, ownerRole, helper, Grant.Model.MAILBOX, rights, Grant.Status.REQUESTED,
                null, expiresOn, Set.of(), clock.instant(), null));
        events.record(sandbox.id(), AccessEvents.REQUESTED, helper.id(), Map.of("from", helper.id(), "to", ownerRole.id(),
                "rights", rights.id(), "model", "mailbox", "grant", String.valueOf(grant.id())));
        deliveries.deliver(sandbox, ownerRole, "adgang-anmodet", null, letterDetails(sandbox, grant));
        return Result.of(grant);
    }

    /** The owner says yes: access holds from now until its end date. */
    @Transactional
    public void approve(Actor ownerActor, long grantId) {
        Sandbox sandbox = ownerActor.sandbox();
        Role owner = ownerActor.role();
        Grant grant = ownGrant(sandbox, owner, grantId, Grant.Status.REQUESTED);
        grants.setStatus(sandbox.id(), grantId, Grant.Status.ACTIVE, clock.instant());
        events.record(sandbox.id(), AccessEvents.GRANTED, owner.id(), Map.of("to", grant.helper().id(),
                "rights", grant.rights().id(), "model", "mailbox", "grant", String.valueOf(grantId)));
        deliveries.deliver(sandbox, grant.helper(), "adgang-godkendt", null, letterDetails(sandbox, grant));
    }

    @Transactional
    public void reject(Actor ownerActor, long grantId) {
        Sandbox sandbox = ownerActor.sandbox();
        Role owner = ownerActor.role();
        Grant grant = ownGrant(sandbox, owner, grantId, Grant.Status.REQUESTED);
        grants.setStatus(sandbox.id(), grantId, Grant.Status.REJECTED, clock.instant());
        events.record(sandbox.id(), AccessEvents.REJECTED, owner.id(), Map.of("to", grant.helper().id(),
                "grant", String.valueOf(grantId)));
        deliveries.deliver(sandbox, grant.helper(), "adgang-afvist", null, letterDetails(sandbox, grant));
    }

    /** "Fjern adgang": it ends at once, for either model, offered or active. */
    @Transactional
    public void revoke(Actor ownerActor, long grantId) {
        Sandbox sandbox = ownerActor.sandbox();
        Role owner = ownerActor.role();
        Grant grant = grants.find(sandbox.id(), grantId).filter(g -> g.owner() == owner)
                .orElseThrow(() -> new AccessDenied("access.not-found"));
        if (grant.status() != Grant.Status.ACTIVE && grant.status() != Grant.Status.OFFERED) {
            throw new AccessDenied("access.not-found");
        }
        grants.setStatus(sandbox.id(), grantId, Grant.Status.REVOKED, clock.instant());
        events.record(sandbox.id(), AccessEvents.REVOKED, owner.id(), Map.of("to", grant.helper().id(),
                "model", grant.model().name().toLowerCase(Locale.ROOT), "grant", String.valueOf(grantId)));
    }

    /**
     * The folder model: the owner gives the helper chosen folders, "Læsning" or "Redigering",
     * with a password the helper must type to accept.
     */
    @Transactional
    public Result offerFolders(Actor ownerActor, String helperName, String helperCpr, String password,
                               @Nullable LocalDate expiresOn, Grant.Rights rights, Set<Long> folders) {
        Sandbox sandbox = ownerActor.sandbox();
        Role owner = ownerActor.role();
        if (grants.countAll(sandbox.id()) >= Grant.MAX_PER_SANDBOX) {
            return Result.refused("access.too-many");
        }
        People.Found helper = People.byNameAndCpr(sandbox, owner, helperName, helperCpr);
        if (helper.problem().isPresent()) {
            return Result.refused(helper.problem().get());
        }
        if (password.strip().length() < 4) {
            return Result.refused("access.password-short");
        }
        if (password.strip().length() > Grant.MAX_PASSWORD) {
            return Result.refused("access.password-long");
        }
        if (folders.isEmpty()) {
            return Result.refused("access.choose-folder");
        }
        Set<Long> own = post.folders(Mailbox.own(ownerActor)).stream()
                .filter(f -> f.ref().isCustom()).map(f -> f.ref().customId()).collect(Collectors.toSet());
        if (!own.containsAll(folders)) {
            return Result.refused("access.choose-folder");
        }
        if (rights == Grant.Rights.READ_WRITE) {
            return Result.refused("access.rights-invalid");
        }
        Optional<String> dateProblem = checkDate(expiresOn, false);
        if (dateProblem.isPresent()) {
            return Result.refused(dateProblem.get());
        }
        Role helperRole = helper.role().orElseThrow();
        Grant grant = save(sandbox, new Grant(0, owner, helperRole, Grant.Model.FOLDERS, rights, Grant.Status.OFFERED,
                password.strip(), expiresOn, folders, clock.instant(), null));
        Map<String, String> details = new HashMap<>(letterDetails(sandbox, grant));
        details.put("mapper", folderNames(ownerActor, folders));
        deliveries.deliver(sandbox, helperRole, "adgang-mapper", null, details);
        events.record(sandbox.id(), AccessEvents.GRANTED, owner.id(), Map.of("to", helperRole.id(), "rights", rights.id(),
                "model", "folders", "grant", String.valueOf(grant.id()), "folders", details.get("mapper")));
        return Result.of(grant);
    }

    /** The helper accepts a folder grant by typing the owner's password. */
    @Transactional
    public Optional<String> accept(Actor helperActor, long grantId, String password) {
        Sandbox sandbox = helperActor.sandbox();
        Role helper = helperActor.role();
        Grant grant = grants.find(sandbox.id(), grantId)
                .filter(g -> g.helper() == helper && g.status() == Grant.Status.OFFERED)
                .orElseThrow(() -> new AccessDenied("access.not-found"));
        if (password.length() > Grant.MAX_PASSWORD * 2 || !password.strip().equals(grant.password())) {
            return Optional.of("access.password-wrong");
        }
        grants.setStatus(sandbox.id(), grantId, Grant.Status.ACTIVE, clock.instant());
        events.record(sandbox.id(), AccessEvents.ACCEPTED, helper.id(), Map.of("from", grant.owner().id(),
                "grant", String.valueOf(grantId)));
        return Optional.empty();
    }

    /** Access the owner gave or was asked for, newest last. */
    public List<Grant> givenBy(Actor owner) {
        return grants.byOwner(owner.sandboxId(), owner.role());
    }

    /** Access the helper asked for or was given. */
    public List<Grant> receivedBy(Actor helper) {
        return grants.byHelper(helper.sandboxId(), helper.role());
    }

    public boolean holds(Grant grant) {
        return grant.currentOn(LocalDate.now(clock));
    }

    private Grant ownGrant(Sandbox sandbox, Role owner, long grantId, Grant.Status expected) {
        return grants.find(sandbox.id(), grantId)
                .filter(g -> g.owner() == owner && g.status() == expected)
                .orElseThrow(() -> new AccessDenied("access.not-found"));
    }

    private Grant save(Sandbox sandbox, Grant grant) {
        long id = grants.insert(sandbox.id(), grant);
        return grants.find(sandbox.id(), id).orElseThrow();
    }

    private Optional<String> checkDate(@Nullable LocalDate date, boolean required) {
        if (date == null) {
            return required ? Optional.of("access.date-missing") : Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        if (date.isBefore(today)) {
            return Optional.of("access.date-past");
        }
        if (date.isAfter(today.plusYears(10))) {
            return Optional.of("access.date-far");
        }
        return Optional.empty();
    }

    private Map<String, String> letterDetails(Sandbox sandbox, Grant grant) {
        return Map.of("ejer", People.name(sandbox, grant.owner()), "hjaelper", People.name(sandbox, grant.helper()),
                "rettigheder", grant.rights() == Grant.Rights.READ_WRITE ? "læse- og skriveadgang" : "læseadgang",
                "udloeb", grant.expiresOn() == null ? "den dag, adgangen fjernes" : grant.expiresOn().format(DATE),
                "mapper", "");
    }

    private String folderNames(Actor owner, Set<Long> folders) {
        return post.folders(Mailbox.own(owner)).stream()
                .filter(f -> f.ref().isCustom() && folders.contains(f.ref().customId()))
                .map(f -> f.name())
                .collect(Collectors.joining(", "));
    }
}
