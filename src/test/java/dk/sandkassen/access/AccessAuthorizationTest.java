package dk.sandkassen.access;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sandkassen.identity.Person;
import dk.sandkassen.identity.Persona;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Actor;
import dk.sandkassen.login.Actors;
import dk.sandkassen.login.Phone;
import dk.sandkassen.post.Composer;
import dk.sandkassen.post.Deliveries;
import dk.sandkassen.post.Draft;
import dk.sandkassen.post.Exemption;
import dk.sandkassen.post.Folder;
import dk.sandkassen.post.FolderRef;
import dk.sandkassen.post.FolderService;
import dk.sandkassen.post.LetterSort;
import dk.sandkassen.post.Mailbox;
import dk.sandkassen.post.PostAccessDenied;
import dk.sandkassen.post.PostService;
import dk.sandkassen.post.PostSettings;
import dk.sandkassen.post.SenderCategory;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxId;
import dk.sandkassen.sandbox.SandboxService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Every public method of the post and access features, in one table: for each, what a relative
 * (the daughter) reaches of the citizen's post, settings, exemption, grants and fuldmagter in
 * each situation — no grant, read-only access, access revoked, access expired, access to the
 * wrong folder, rights only in another sandbox, and every right in another sandbox used on
 * this sandbox's ids. Anything not listed as allowed must be refused (a kind
 * {@link PostAccessDenied} or {@link AccessDenied}, or nothing of the citizen's in the answer).
 * A new public method fails {@link #everyPublicMethodHasARow()} until it has a row.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessAuthorizationTest {

    /** The services whose every public method reads or changes someone's post or access. */
    static final List<Class<?>> SERVICES = List.of(PostService.class, FolderService.class, PostSettings.class,
            Composer.class, Exemption.class, ReadAccessService.class, FuldmagtService.class);

    enum Situation {
        NO_GRANT, READ_ONLY, REVOKED, EXPIRED, WRONG_FOLDER,
        /** The daughter has every right in another sandbox of the same people, none in this one. */
        OTHER_SANDBOX,
        /** The daughter acts in another sandbox where she has every right, with this sandbox's ids. */
        FOREIGN_IDS
    }

    /** What the daughter tries; true when she reached the citizen's data in this sandbox. */
    @FunctionalInterface
    interface Attempt {
        boolean reached(World w);
    }

    record Row(Set<Situation> allowedIn, Attempt attempt, String why) {
    }

    private static final Set<Situation> NOWHERE = EnumSet.noneOf(Situation.class);
    private static final Set<Situation> READ_ONLY = EnumSet.of(Situation.READ_ONLY);

    @Autowired
    SandboxService sandboxes;
    @Autowired
    Actors actors;
    @Autowired
    PostService post;
    @Autowired
    FolderService folders;
    @Autowired
    PostSettings settings;
    @Autowired
    Composer composer;
    @Autowired
    Exemption exemption;
    @Autowired
    Deliveries deliveries;
    @Autowired
    ReadAccessService readAccess;
    @Autowired
    FuldmagtService fuldmagter;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    private TransactionTemplate transactions;

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final List<SandboxId> made = new ArrayList<>();
    /** Someone from another sandbox: no form in this one may name them. */
    private Person stranger;
    private final LocalDate nextYear = LocalDate.now().plusYears(1);

    @BeforeAll
    void table() {
        stranger = sandboxes.create(Persona.PENSIONER, 4242).citizen();
        transactions = new TransactionTemplate(transactionManager);
        // PostService
        row("PostService.permissions(Mailbox)", EnumSet.of(Situation.READ_ONLY, Situation.FOREIGN_IDS),
                w -> post.permissions(w.helping()).sees(FolderRef.INBOX), "rights only; in the other sandbox her own");
        row("PostService.openOthers(Mailbox)", EnumSet.of(Situation.READ_ONLY, Situation.WRONG_FOLDER, Situation.FOREIGN_IDS),
                w -> { post.openOthers(w.helping()); return true; }, "opening needs a current grant");
        row("PostService.otherMailboxes(Mailbox)", EnumSet.of(Situation.READ_ONLY, Situation.WRONG_FOLDER, Situation.FOREIGN_IDS),
                w -> post.otherMailboxes(Mailbox.own(w.helper())).contains(Role.SELF), "only mailboxes with a current grant");
        row("PostService.folders(Mailbox)", READ_ONLY,
                w -> post.folders(w.helping()).stream().map(Folder::ref).anyMatch(w.health()::equals), "");
        row("PostService.letters(Mailbox,FolderRef,String,LetterSort,int,int)", READ_ONLY,
                w -> post.letters(w.helping(), FolderRef.INBOX, "", LetterSort.DATE, 0, 500).stream()
                        .anyMatch(l -> l.id() == w.inboxLetter()), "");
        row("PostService.count(Mailbox,FolderRef,String)", READ_ONLY,
                w -> post.count(w.helping(), w.health(), "") > 0, "");
        row("PostService.letter(Mailbox,long)", READ_ONLY, w -> post.letter(w.helping(), w.inboxLetter()) != null, "");
        row("PostService.letterNamed(Mailbox,String)", READ_ONLY,
                w -> post.letterNamed(w.helping(), "samtale").filter(l -> l.id() == w.inboxLetter()).isPresent(), "");
        row("PostService.open(Mailbox,long)", READ_ONLY, w -> post.open(w.helping(), w.inboxLetter()) != null, "");
        row("PostService.uploads(Mailbox,long)", READ_ONLY, w -> !post.uploads(w.helping(), w.sentLetter()).isEmpty(), "");
        row("PostService.letterPdf(Mailbox,long)", READ_ONLY,
                w -> post.letterPdf(w.helping(), w.inboxLetter()).bytes().length > 0, "");
        row("PostService.upload(Mailbox,long,long)", READ_ONLY,
                w -> post.upload(w.helping(), w.sentLetter(), w.upload()).bytes().length > 0, "");
        row("PostService.markUnread(Mailbox,Collection,boolean)", READ_ONLY,
                w -> { post.markUnread(w.helping(), List.of(w.inboxLetter()), true); return true; }, "read access organises");
        row("PostService.move(Mailbox,Collection,FolderRef)", READ_ONLY,
                w -> { post.move(w.helping(), List.of(w.inboxLetter()), w.tax()); return true; }, "");
        row("PostService.delete(Mailbox,Collection)", READ_ONLY,
                w -> { post.delete(w.helping(), List.of(w.inboxLetter())); return true; }, "to Slettet post only");
        row("PostService.restore(Mailbox,Collection)", READ_ONLY,
                w -> { post.restore(w.helping(), List.of(w.deletedLetter())); return true; }, "");
        row("PostService.purge(Mailbox,Collection)", NOWHERE,
                w -> { post.purge(w.helping(), List.of(w.deletedLetter())); return true; }, "only the owner deletes for good");
        row("PostService.searched(Mailbox,String)", EnumSet.of(Situation.READ_ONLY, Situation.WRONG_FOLDER, Situation.FOREIGN_IDS),
                w -> { post.searched(w.helping(), "skat"); return true; }, "records a search; returns nothing");
        // FolderService
        row("FolderService.create(Mailbox,String)", READ_ONLY,
                w -> folders.create(w.helping(), "Fra datter").folder().isPresent() && w.ownerHasFolder("Fra datter"),
                "not with chosen folders only");
        row("FolderService.rename(Mailbox,long,String)", READ_ONLY,
                w -> folders.rename(w.helping(), w.health().customId(), "Læge").isEmpty() && w.ownerHasFolder("Læge"), "");
        row("FolderService.delete(Mailbox,long,boolean)", READ_ONLY,
                w -> { folders.delete(w.helping(), w.health().customId(), true); return !w.ownerHasFolder("Sundhed"); }, "");
        // PostSettings
        row("PostSettings.settings(Mailbox)", NOWHERE, w -> settings.settings(w.helping()) != null, "contact details are the owner's");
        row("PostSettings.save(Mailbox,String,String,String,boolean,boolean)", NOWHERE,
                w -> settings.save(w.helping(), null, null, null, false, false).isEmpty(), "");
        row("PostSettings.signUpForNemSms(Mailbox,String,boolean)", NOWHERE,
                w -> settings.signUpForNemSms(w.helping(), w.ownerPerson().phone(), true).isEmpty(), "");
        row("PostSettings.sendTryLetter(Mailbox)", NOWHERE, w -> settings.sendTryLetter(w.helping()).isEmpty(), "");
        row("PostSettings.notifications(Phone)", NOWHERE,
                w -> settings.notifications(Phone.of(w.helper())).stream()
                        .anyMatch(settings.notifications(Phone.of(w.owner()))::contains), "a phone shows only its holder's");
        // Composer
        row("Composer.saveDraft(Mailbox,Draft)", NOWHERE,
                w -> composer.saveDraft(w.helping(), new Draft(w.draft(), SenderCategory.STAT, "Skattestyrelsen", "Ændret",
                        "Ændret af datter", List.of(), null)).sent(), "read access never writes");
        row("Composer.send(Mailbox,Draft)", NOWHERE,
                w -> composer.send(w.helping(), new Draft(null, null, null, "Svar", "Svar fra datter", List.of(),
                        w.inboxLetter())).sent(), "");
        // Exemption
        row("Exemption.apply(Mailbox,Set,boolean)", NOWHERE,
                w -> exemption.apply(w.helping(), Set.of(), true), "only the person themselves");
        // ReadAccessService
        row("ReadAccessService.request(Actor,String,String,LocalDate,Grant$Rights)", NOWHERE,
                w -> readAccess.request(w.helper(), w.stranger().fullName(), w.stranger().cpr().formatted(), nextYear,
                        Grant.Rights.READ).grant().isPresent(), "only someone in her own sandbox");
        row("ReadAccessService.approve(Actor,long)", NOWHERE,
                w -> { readAccess.approve(w.helper(), w.sonPending()); return true; }, "only the owner answers");
        row("ReadAccessService.reject(Actor,long)", NOWHERE,
                w -> { readAccess.reject(w.helper(), w.sonPending()); return true; }, "");
        row("ReadAccessService.revoke(Actor,long)", NOWHERE,
                w -> { readAccess.revoke(w.helper(), w.sonGrant()); return true; }, "");
        row("ReadAccessService.offerFolders(Actor,String,String,String,LocalDate,Grant$Rights,Set)", NOWHERE,
                w -> readAccess.offerFolders(w.helper(), w.sonPerson().fullName(), w.sonPerson().cpr().formatted(),
                        "hemmelig1", null, Grant.Rights.READ, Set.of(w.health().customId())).grant().isPresent(),
                "never someone else's folders");
        row("ReadAccessService.accept(Actor,long,String)", NOWHERE,
                w -> readAccess.accept(w.helper(), w.sonOffer(), "hemmelig1").isEmpty(), "only the person it was offered to");
        row("ReadAccessService.givenBy(Actor)", NOWHERE,
                w -> readAccess.givenBy(w.helper()).stream().anyMatch(g -> g.id() == w.sonGrant()), "");
        row("ReadAccessService.receivedBy(Actor)", NOWHERE,
                w -> readAccess.receivedBy(w.helper()).stream().anyMatch(g -> g.id() == w.sonGrant()), "");
        pure("ReadAccessService.holds(Grant)", "decides from the grant it is handed; reads nothing");
        // FuldmagtService
        row("FuldmagtService.give(Actor,String,String,Set,LocalDate)", NOWHERE,
                w -> fuldmagter.give(w.helper(), w.stranger().fullName(), w.stranger().cpr().formatted(),
                        EnumSet.of(Area.TAX), null).fuldmagt().isPresent(), "only to someone in her own sandbox");
        row("FuldmagtService.request(Actor,String,String,Set,LocalDate,boolean)", NOWHERE,
                w -> fuldmagter.request(w.helper(), w.stranger().fullName(), w.stranger().cpr().formatted(),
                        EnumSet.of(Area.TAX), null, false).fuldmagt().isPresent(), "");
        row("FuldmagtService.answer(Actor,long,boolean)", NOWHERE,
                w -> { fuldmagter.answer(w.helper(), w.sonAsked(), true); return true; }, "only the giver answers");
        row("FuldmagtService.revoke(Actor,long)", NOWHERE,
                w -> { fuldmagter.revoke(w.helper(), w.ownerToSon()); return true; }, "only the giver or the holder");
        row("FuldmagtService.given(Actor)", NOWHERE,
                w -> fuldmagter.given(w.helper()).stream().anyMatch(f -> f.id() == w.ownerToSon()), "");
        row("FuldmagtService.received(Actor)", NOWHERE,
                w -> fuldmagter.received(w.helper()).stream().anyMatch(f -> f.id() == w.ownerToSon()), "");
        row("FuldmagtService.areas(Actor,Role)", EnumSet.of(Situation.FOREIGN_IDS),
                w -> !fuldmagter.areas(w.helper(), Role.SELF).isEmpty(), "a current fuldmagt, in her own sandbox");
        row("FuldmagtService.givers(Actor)", EnumSet.of(Situation.FOREIGN_IDS),
                w -> fuldmagter.givers(w.helper()).contains(Role.SELF), "");
        row("FuldmagtService.actFor(Actor,Role,Area)", EnumSet.of(Situation.FOREIGN_IDS),
                w -> { fuldmagter.actFor(w.helper(), Role.SELF, Area.TAX); return true; }, "");
        pure("FuldmagtService.holds(Fuldmagt)", "decides from the fuldmagt it is handed; reads nothing");
    }

    @Test
    void everyPublicMethodHasARow() {
        Set<String> methods = dk.sandkassen.testsupport.PublicMethods.of(SERVICES);
        assertThat(rows.keySet()).as("every public method of the post and access services has a refusal row")
                .containsExactlyInAnyOrderElementsOf(methods);
    }

    @ParameterizedTest
    @EnumSource(Situation.class)
    void theDaughterReachesOnlyWhatHerAccessAllows(Situation situation) {
        World w = world(situation);
        List<String> wrong = new ArrayList<>();
        rows.forEach((method, row) -> {
            if (row.attempt() == null) {
                return;
            }
            // Each attempt runs in a transaction that is rolled back, so no attempt sees what another changed.
            boolean reached = Boolean.TRUE.equals(transactions.execute(status -> {
                status.setRollbackOnly();
                return tryIt(row.attempt(), w);
            }));
            if (reached != row.allowedIn().contains(situation)) {
                wrong.add(method + (reached ? " reached the citizen's data" : " was refused"));
            }
        });
        made.forEach(sandboxes::purge);
        made.clear();
        assertThat(wrong).as("with " + situation + ", unlike the table").isEmpty();
    }

    private static boolean tryIt(Attempt attempt, World w) {
        try {
            return attempt.reached(w);
        } catch (PostAccessDenied | AccessDenied refused) {
            return false;
        }
    }

    private void row(String method, Set<Situation> allowedIn, Attempt attempt, String why) {
        rows.put(method, new Row(allowedIn, attempt, why));
    }

    private void pure(String method, String why) {
        rows.put(method, new Row(NOWHERE, null, why));
    }

    /** The citizen's sandbox, with post, folders, settings, grants and fuldmagter, and the daughter as she stands. */
    record World(Actor owner, Actor helper, Person ownerPerson, Person sonPerson, Person stranger, FolderRef health,
                 FolderRef tax, long inboxLetter, long deletedLetter, long sentLetter, long upload, long draft,
                 long sonGrant, long sonPending, long sonOffer, long sonAsked, long ownerToSon,
                 PostService post) {

        /** The daughter in the citizen's mailbox (in her own sandbox, where that is another). */
        Mailbox helping() {
            return new Mailbox(helper, Role.SELF);
        }

        boolean ownerHasFolder(String name) {
            return post.folders(Mailbox.own(owner)).stream().anyMatch(f -> f.name().equals(name));
        }
    }

    private Sandbox sandbox(long seed) {
        Sandbox sandbox = sandboxes.create(Persona.PENSIONER, seed);
        made.add(sandbox.id());
        return sandbox;
    }

    private World world(Situation situation) {
        Sandbox sandbox = sandbox(109);
        Actor owner = actors.citizen(sandbox);
        Mailbox own = Mailbox.own(owner);
        Person ownerPerson = sandbox.citizen();
        Person son = sandbox.household().relative(Role.SON).orElseThrow();
        Person daughter = sandbox.household().relative(Role.DAUGHTER).orElseThrow();

        FolderRef health = folders.create(own, "Sundhed").folder().orElseThrow();
        FolderRef tax = folders.create(own, "Skat").folder().orElseThrow();
        long inbox = deliveries.deliver(sandbox, Role.SELF, "jobcenter-samtale", "samtale", Map.of()).id();
        long inHealth = deliveries.deliver(sandbox, Role.SELF, "valgkort", null, Map.of()).id();
        post.move(own, List.of(inHealth), health);
        long deleted = deliveries.deliver(sandbox, Role.SELF, "valgkort", null, Map.of()).id();
        post.delete(own, List.of(deleted));
        Draft withFile = new Draft(null, SenderCategory.STAT, "Skattestyrelsen", "Bilag", "Se bilag",
                List.of(new Draft.NewFile("bilag.txt", "text/plain", "hej".getBytes())), null);
        long sent = composer.send(own, withFile).messageId();
        long upload = post.uploads(own, sent).getFirst().id();
        long draft = composer.saveDraft(own, new Draft(null, SenderCategory.STAT, "Skattestyrelsen", "Kladde", "Tekst",
                List.of(), null)).messageId();
        settings.save(own, ownerPerson.phone(), null, null, true, false);
        deliveries.deliver(sandbox, Role.SELF, "valgkort", null, Map.of());

        Actor sonActor = actors.person(sandbox, Role.SON);
        long sonGrant = readAccess.request(sonActor, ownerPerson.fullName(), ownerPerson.cpr().formatted(), nextYear,
                Grant.Rights.READ).grant().orElseThrow().id();
        readAccess.approve(owner, sonGrant);
        long sonPending = readAccess.request(sonActor, ownerPerson.fullName(), ownerPerson.cpr().formatted(), nextYear,
                Grant.Rights.READ_WRITE).grant().orElseThrow().id();
        long sonOffer = readAccess.offerFolders(owner, son.fullName(), son.cpr().formatted(), "hemmelig1", null,
                Grant.Rights.READ, Set.of(tax.customId())).grant().orElseThrow().id();
        long sonAsked = fuldmagter.request(sonActor, ownerPerson.fullName(), ownerPerson.cpr().formatted(),
                EnumSet.of(Area.HEALTH), null, false).fuldmagt().orElseThrow().id();
        long ownerToSon = fuldmagter.give(owner, son.fullName(), son.cpr().formatted(), EnumSet.of(Area.TAX), null)
                .fuldmagt().orElseThrow().id();

        Actor helper = actors.person(sandbox, Role.DAUGHTER);
        switch (situation) {
            case NO_GRANT -> { }
            case READ_ONLY -> approvedGrant(sandbox, owner, helper, Grant.Rights.READ);
            case REVOKED -> {
                readAccess.revoke(owner, approvedGrant(sandbox, owner, helper, Grant.Rights.READ_WRITE));
                fuldmagter.revoke(owner, everyArea(owner, daughter));
            }
            case EXPIRED -> {
                long grant = approvedGrant(sandbox, owner, helper, Grant.Rights.READ_WRITE);
                jdbc.sql("update access_grant set expires_on = ? where id = ?").params(LocalDate.now().minusDays(1), grant).update();
                long fuldmagt = everyArea(owner, daughter);
                jdbc.sql("update fuldmagt set valid_until = ? where id = ?").params(LocalDate.now().minusDays(1), fuldmagt).update();
            }
            case WRONG_FOLDER -> {
                long offer = readAccess.offerFolders(owner, daughter.fullName(), daughter.cpr().formatted(), "hemmelig2",
                        null, Grant.Rights.EDIT, Set.of(tax.customId())).grant().orElseThrow().id();
                readAccess.accept(helper, offer, "hemmelig2");
            }
            case OTHER_SANDBOX -> everyRightIn(sandbox(109));
            case FOREIGN_IDS -> helper = everyRightIn(sandbox(109));
        }
        return new World(owner, helper, ownerPerson, son, stranger, health, tax, inbox, deleted, sent, upload, draft,
                sonGrant, sonPending, sonOffer, sonAsked, ownerToSon, post);
    }

    private long approvedGrant(Sandbox sandbox, Actor owner, Actor helper, Grant.Rights rights) {
        Person citizen = sandbox.citizen();
        long grant = readAccess.request(helper, citizen.fullName(), citizen.cpr().formatted(), nextYear, rights)
                .grant().orElseThrow().id();
        readAccess.approve(owner, grant);
        return grant;
    }

    private long everyArea(Actor giver, Person holder) {
        return fuldmagter.give(giver, holder.fullName(), holder.cpr().formatted(), EnumSet.allOf(Area.class), null)
                .fuldmagt().orElseThrow().id();
    }

    /** In another sandbox of the same people: read-write access and a fuldmagt for every area. Returns the daughter there. */
    private Actor everyRightIn(Sandbox other) {
        Actor owner = actors.citizen(other);
        Actor daughter = actors.person(other, Role.DAUGHTER);
        approvedGrant(other, owner, daughter, Grant.Rights.READ_WRITE);
        everyArea(owner, daughter.person());
        return daughter;
    }
}
