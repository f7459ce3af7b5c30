package dk.sandkassen.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sandkassen.login.Actors;
import dk.sandkassen.identity.Person;
import dk.sandkassen.identity.Persona;
import dk.sandkassen.identity.Role;
import dk.sandkassen.post.Composer;
import dk.sandkassen.post.Draft;
import dk.sandkassen.post.FolderRef;
import dk.sandkassen.post.FolderService;
import dk.sandkassen.post.Letter;
import dk.sandkassen.post.LetterSort;
import dk.sandkassen.post.Mailbox;
import dk.sandkassen.post.PostAccessDenied;
import dk.sandkassen.post.PostService;
import dk.sandkassen.post.PostSettings;
import dk.sandkassen.post.SenderCategory;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxService;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The access rules as a learner meets them, story by story: what read access, read-write
 * access, the folder model and a fuldmagt let a relative do. Every method's refusal is listed
 * in {@link AccessAuthorizationTest}.
 */
@SpringBootTest
class AccessRulesTest {

    @Autowired
    Actors actors;
    @Autowired
    SandboxService sandboxes;
    @Autowired
    ReadAccessService readAccess;
    @Autowired
    FuldmagtService fuldmagter;
    @Autowired
    PostService post;
    @Autowired
    PostSettings settings;
    @Autowired
    FolderService folders;
    @Autowired
    Composer composer;
    @Autowired
    JdbcClient jdbc;

    private final LocalDate nextYear = LocalDate.now().plusYears(1);

    @Test
    void withoutAnyGrantTheHelperGetsNothing() {
        Sandbox sandbox = sandboxes.create(Persona.PENSIONER, 101);
        assertNothing(new Mailbox(actors.person(sandbox, Role.DAUGHTER), Role.SELF), letterOf(sandbox, Role.SELF));
    }

    @Test
    void readAccessLetsTheHelperReadAndOrganiseButNotWritePurgeOrChangeSettings() {
        Sandbox sandbox = sandboxes.create(Persona.PENSIONER, 102);
        Grant grant = requestAndApprove(sandbox, Role.DAUGHTER, Grant.Rights.READ);
        Mailbox helping = new Mailbox(actors.person(sandbox, Role.DAUGHTER), Role.SELF);
        Letter letter = letterOf(sandbox, Role.SELF);

        assertThat(post.open(helping, letter.id()).id()).isEqualTo(letter.id());
        assertThat(post.folders(helping)).isNotEmpty();
        assertThat(folders.create(helping, "Hjælp fra datter").folder()).isPresent();
        post.markUnread(helping, List.of(letter.id()), true);
        assertThat(post.otherMailboxes(Mailbox.own(actors.person(sandbox, Role.DAUGHTER)))).containsExactly(Role.SELF);

        assertThatThrownBy(() -> composer.send(helping, draft())).isInstanceOf(PostAccessDenied.class);
        post.delete(helping, List.of(letter.id()));
        assertThatThrownBy(() -> post.purge(helping, List.of(letter.id()))).isInstanceOf(PostAccessDenied.class);
        assertThatThrownBy(() -> settings.save(helping, null, null, null, false, false)).isInstanceOf(PostAccessDenied.class);
        assertThat(grant.rights()).isEqualTo(Grant.Rights.READ);
    }

    @Test
    void readWriteAccessLetsTheHelperWriteAndTheMessageSaysWhoHelped() {
        Sandbox sandbox = sandboxes.create(Persona.PENSIONER, 103);
        requestAndApprove(sandbox, Role.SON, Grant.Rights.READ_WRITE);
        Mailbox helping = new Mailbox(actors.person(sandbox, Role.SON), Role.SELF);
        Composer.Outcome sent = composer.send(helping, draft());
        assertThat(sent.sent()).isTrue();
        assertThat(post.letter(Mailbox.own(actors.person(sandbox, Role.SELF)), sent.messageId()).helper()).isEqualTo(Role.SON);
    }

    @Test
    void aRevokedGrantGivesNothingAtOnce() {
        Sandbox sandbox = sandboxes.create(Persona.PENSIONER, 104);
        Grant grant = requestAndApprove(sandbox, Role.DAUGHTER, Grant.Rights.READ);
        Mailbox helping = new Mailbox(actors.person(sandbox, Role.DAUGHTER), Role.SELF);
        Letter letter = letterOf(sandbox, Role.SELF);
        assertThat(post.letter(helping, letter.id())).isNotNull();

        readAccess.revoke(actors.person(sandbox, Role.SELF), grant.id());
        assertNothing(helping, letter);
    }

    @Test
    void anExpiredGrantGivesNothing() {
        Sandbox sandbox = sandboxes.create(Persona.PENSIONER, 105);
        Grant grant = requestAndApprove(sandbox, Role.DAUGHTER, Grant.Rights.READ_WRITE);
        // Time passes: the end date the helper chose is now behind us.
        jdbc.sql("update access_grant set expires_on = ? where id = ?").params(LocalDate.now().minusDays(1), grant.id()).update();
        assertNothing(new Mailbox(actors.person(sandbox, Role.DAUGHTER), Role.SELF), letterOf(sandbox, Role.SELF));
    }

    @Test
    void theFolderModelShowsOnlyTheFoldersGiven() {
        Sandbox sandbox = sandboxes.create(Persona.PENSIONER, 106);
        Mailbox own = Mailbox.own(actors.person(sandbox, Role.SELF));
        FolderRef health = folders.create(own, "Sundhed").folder().orElseThrow();
        FolderRef tax = folders.create(own, "Skat").folder().orElseThrow();
        List<Letter> letters = post.letters(own, FolderRef.INBOX, "", LetterSort.DATE, 0, 3);
        post.move(own, List.of(letters.get(0).id()), health);
        post.move(own, List.of(letters.get(1).id()), tax);
        Person daughter = sandbox.household().relative(Role.DAUGHTER).orElseThrow();
        Grant grant = readAccess.offerFolders(actors.person(sandbox, Role.SELF), daughter.fullName(), daughter.cpr().formatted(), "hemmelig1",
                null, Grant.Rights.READ, Set.of(health.customId())).grant().orElseThrow();
        Mailbox helping = new Mailbox(actors.person(sandbox, Role.DAUGHTER), Role.SELF);

        // Not before the helper has accepted with the password.
        assertNothing(helping, letters.get(0));
        assertThat(readAccess.accept(actors.person(sandbox, Role.DAUGHTER), grant.id(), "forkert")).contains("access.password-wrong");
        assertThat(readAccess.accept(actors.person(sandbox, Role.DAUGHTER), grant.id(), "hemmelig1")).isEmpty();

        assertThat(post.folders(helping)).extracting(f -> f.name()).containsExactly("Sundhed");
        assertThat(post.letter(helping, letters.get(0).id()).id()).isEqualTo(letters.get(0).id());
        // The wrong folder: nothing.
        assertThatThrownBy(() -> post.letter(helping, letters.get(1).id())).isInstanceOf(PostAccessDenied.class);
        assertThatThrownBy(() -> post.letters(helping, tax, "", LetterSort.DATE, 0, 10)).isInstanceOf(PostAccessDenied.class);
        assertThatThrownBy(() -> post.letters(helping, FolderRef.INBOX, "", LetterSort.DATE, 0, 10)).isInstanceOf(PostAccessDenied.class);
        assertThatThrownBy(() -> post.letter(helping, letters.get(2).id())).isInstanceOf(PostAccessDenied.class);
        // "Læsning" reads, but does not organise.
        assertThatThrownBy(() -> post.move(helping, List.of(letters.get(0).id()), FolderRef.INBOX)).isInstanceOf(PostAccessDenied.class);
    }

    @Test
    void aGrantInOneSandboxGivesNothingInAnother() {
        Sandbox a = sandboxes.create(Persona.PENSIONER, 107);
        Sandbox b = sandboxes.create(Persona.PENSIONER, 107);
        requestAndApprove(a, Role.DAUGHTER, Grant.Rights.READ_WRITE);
        fuldmagter.give(actors.person(a, Role.SELF), a.household().relative(Role.DAUGHTER).orElseThrow().fullName(),
                a.household().relative(Role.DAUGHTER).orElseThrow().cpr().formatted(), EnumSet.allOf(Area.class), null);

        assertNothing(new Mailbox(actors.person(b, Role.DAUGHTER), Role.SELF), letterOf(b, Role.SELF));
        assertThat(fuldmagter.areas(actors.person(b, Role.DAUGHTER), Role.SELF)).isEmpty();
        assertThat(fuldmagter.received(actors.person(b, Role.DAUGHTER))).isEmpty();
        assertThat(fuldmagter.given(actors.person(b, Role.SELF))).isEmpty();
        assertThat(readAccess.receivedBy(actors.person(b, Role.DAUGHTER))).isEmpty();
        assertThat(readAccess.givenBy(actors.person(b, Role.SELF))).isEmpty();
        assertThatThrownBy(() -> fuldmagter.actFor(actors.person(b, Role.DAUGHTER), Role.SELF, Area.TAX)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void aFuldmagtCoversExactlyItsAreasUntilItIsRevokedOrExpires() {
        Sandbox sandbox = sandboxes.create(Persona.PENSIONER, 108);
        Person son = sandbox.household().relative(Role.SON).orElseThrow();
        Fuldmagt given = fuldmagter.give(actors.person(sandbox, Role.SELF), son.fullName(), son.cpr().formatted(),
                EnumSet.of(Area.TAX, Area.HEALTH), nextYear).fuldmagt().orElseThrow();

        assertThat(fuldmagter.areas(actors.person(sandbox, Role.SON), Role.SELF)).containsExactlyInAnyOrder(Area.TAX, Area.HEALTH);
        fuldmagter.actFor(actors.person(sandbox, Role.SON), Role.SELF, Area.TAX);
        assertThatThrownBy(() -> fuldmagter.actFor(actors.person(sandbox, Role.SON), Role.SELF, Area.PENSION)).isInstanceOf(AccessDenied.class);
        // A fuldmagt without Digital Post does not open the mailbox.
        assertNothing(new Mailbox(actors.person(sandbox, Role.SON), Role.SELF), letterOf(sandbox, Role.SELF));
        // Others hold nothing.
        assertThat(fuldmagter.areas(actors.person(sandbox, Role.DAUGHTER), Role.SELF)).isEmpty();

        jdbc.sql("update fuldmagt set valid_until = ? where id = ?").params(LocalDate.now().minusDays(1), given.id()).update();
        assertThat(fuldmagter.areas(actors.person(sandbox, Role.SON), Role.SELF)).isEmpty();
        assertThat(fuldmagter.givers(actors.person(sandbox, Role.SON))).isEmpty();

        Fuldmagt again = fuldmagter.give(actors.person(sandbox, Role.SELF), son.fullName(), son.cpr().formatted(), EnumSet.of(Area.POST), null)
                .fuldmagt().orElseThrow();
        assertThat(post.letter(new Mailbox(actors.person(sandbox, Role.SON), Role.SELF), letterOf(sandbox, Role.SELF).id())).isNotNull();
        fuldmagter.revoke(actors.person(sandbox, Role.SELF), again.id());
        assertThat(fuldmagter.areas(actors.person(sandbox, Role.SON), Role.SELF)).isEmpty();
        assertNothing(new Mailbox(actors.person(sandbox, Role.SON), Role.SELF), letterOf(sandbox, Role.SELF));
    }

    @Test
    void onlyTheGiverAnswersARequestAndNobodyElsesGrantsCanBeChanged() {
        Sandbox sandbox = sandboxes.create(Persona.PENSIONER, 109);
        Person citizen = sandbox.citizen();
        Fuldmagt asked = fuldmagter.request(actors.person(sandbox, Role.SON), citizen.fullName(), citizen.cpr().formatted(),
                EnumSet.of(Area.POST, Area.HEALTH), null, false).fuldmagt().orElseThrow();
        assertThatThrownBy(() -> fuldmagter.answer(actors.person(sandbox, Role.SON), asked.id(), true)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> fuldmagter.answer(actors.person(sandbox, Role.DAUGHTER), asked.id(), true)).isInstanceOf(AccessDenied.class);
        fuldmagter.answer(actors.person(sandbox, Role.SELF), asked.id(), false);
        assertThat(fuldmagter.areas(actors.person(sandbox, Role.SON), Role.SELF)).isEmpty();

        Grant requested = readAccess.request(actors.person(sandbox, Role.DAUGHTER), citizen.fullName(), citizen.cpr().formatted(), nextYear,
                Grant.Rights.READ).grant().orElseThrow();
        assertThatThrownBy(() -> readAccess.approve(actors.person(sandbox, Role.DAUGHTER), requested.id())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> readAccess.approve(actors.person(sandbox, Role.SON), requested.id())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> readAccess.revoke(actors.person(sandbox, Role.DAUGHTER), requested.id())).isInstanceOf(AccessDenied.class);
        assertNothing(new Mailbox(actors.person(sandbox, Role.DAUGHTER), Role.SELF), letterOf(sandbox, Role.SELF));
    }

    @Test
    void aRequestNamesSomeoneInTheSandboxByNameAndCpr() {
        Sandbox sandbox = sandboxes.create(Persona.PENSIONER, 110);
        Person citizen = sandbox.citizen();
        assertThat(readAccess.request(actors.person(sandbox, Role.DAUGHTER), citizen.fullName(), "0101501234", nextYear, Grant.Rights.READ)
                .problem()).contains("access.person-not-found");
        assertThat(readAccess.request(actors.person(sandbox, Role.DAUGHTER), "Anden Person", citizen.cpr().formatted(), nextYear, Grant.Rights.READ)
                .problem()).contains("access.name-mismatch");
        assertThat(readAccess.request(actors.person(sandbox, Role.SELF), citizen.fullName(), citizen.cpr().formatted(), nextYear, Grant.Rights.READ)
                .problem()).contains("access.not-yourself");
        assertThat(readAccess.request(actors.person(sandbox, Role.DAUGHTER), citizen.fullName(), citizen.cpr().formatted(),
                LocalDate.now().minusDays(1), Grant.Rights.READ).problem()).contains("access.date-past");
        assertThat(readAccess.request(actors.person(sandbox, Role.DAUGHTER), "  " + citizen.fullName().toUpperCase() + " ",
                citizen.cpr().value(), nextYear, Grant.Rights.READ).grant()).isPresent();
    }

    private Grant requestAndApprove(Sandbox sandbox, Role helper, Grant.Rights rights) {
        Person citizen = sandbox.citizen();
        Grant grant = readAccess.request(actors.person(sandbox, helper), citizen.fullName(), citizen.cpr().formatted(), nextYear, rights)
                .grant().orElseThrow();
        readAccess.approve(actors.person(sandbox, Role.SELF), grant.id());
        return grant;
    }

    private Letter letterOf(Sandbox sandbox, Role owner) {
        return post.letters(Mailbox.own(actors.person(sandbox, owner)), FolderRef.INBOX, "", LetterSort.DATE, 0, 1).getFirst();
    }

    private static Draft draft() {
        return new Draft(null, SenderCategory.STAT, "Skattestyrelsen", "Spørgsmål", "Hej", List.of(), null);
    }

    /** Every Digital Post method that returns post data refuses. */
    private void assertNothing(Mailbox helping, Letter letter) {
        assertThatThrownBy(() -> post.folders(helping)).isInstanceOf(PostAccessDenied.class);
        assertThatThrownBy(() -> post.letters(helping, FolderRef.INBOX, "", LetterSort.DATE, 0, 10)).isInstanceOf(PostAccessDenied.class);
        assertThatThrownBy(() -> post.count(helping, FolderRef.INBOX, "")).isInstanceOf(PostAccessDenied.class);
        assertThatThrownBy(() -> post.letter(helping, letter.id())).isInstanceOf(PostAccessDenied.class);
        assertThatThrownBy(() -> post.open(helping, letter.id())).isInstanceOf(PostAccessDenied.class);
        assertThatThrownBy(() -> post.uploads(helping, letter.id())).isInstanceOf(PostAccessDenied.class);
        assertThatThrownBy(() -> post.letterPdf(helping, letter.id())).isInstanceOf(PostAccessDenied.class);
        assertThatThrownBy(() -> post.upload(helping, letter.id(), 1L)).isInstanceOf(PostAccessDenied.class);
        assertThatThrownBy(() -> composer.saveDraft(helping, draft())).isInstanceOf(PostAccessDenied.class);
        assertThatThrownBy(() -> composer.send(helping, draft())).isInstanceOf(PostAccessDenied.class);
        assertThatThrownBy(() -> settings.settings(helping)).isInstanceOf(PostAccessDenied.class);
        assertThatThrownBy(() -> post.searched(helping, "x")).isInstanceOf(PostAccessDenied.class);
        assertThat(post.otherMailboxes(Mailbox.own(helping.acting()))).doesNotContain(helping.owner());
    }
}
