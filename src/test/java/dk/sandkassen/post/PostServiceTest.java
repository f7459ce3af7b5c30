package dk.sandkassen.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sandkassen.login.Actors;
import dk.sandkassen.login.Phone;
import dk.sandkassen.identity.Persona;
import dk.sandkassen.identity.Role;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.sandbox.SandboxEvent;
import dk.sandkassen.sandbox.SandboxEvents;
import dk.sandkassen.sandbox.SandboxService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Digital Post's services: scoped to one sandbox and mailbox, recording every action. */
@SpringBootTest
class PostServiceTest {

    @Autowired
    Actors actors;
    @Autowired
    SandboxService sandboxes;
    @Autowired
    PostService post;
    @Autowired
    FolderService folders;
    @Autowired
    Composer composer;
    @Autowired
    Deliveries deliveries;
    @Autowired
    PostSettings settings;
    @Autowired
    SandboxEvents events;

    @Test
    void aMailboxOnlyEverShowsItsOwnSandboxesLetters() {
        Sandbox a = sandboxes.create(Persona.ADULT, 11);
        Sandbox b = sandboxes.create(Persona.ADULT, 11);
        Mailbox boxA = Mailbox.own(actors.person(a, Role.SELF));
        Mailbox boxB = Mailbox.own(actors.person(b, Role.SELF));
        Letter ofB = post.letters(boxB, FolderRef.INBOX, "", LetterSort.DATE, 0, 1).getFirst();

        assertThatThrownBy(() -> post.open(boxA, ofB.id())).isInstanceOf(PostAccessDenied.class);
        assertThatThrownBy(() -> post.delete(boxA, List.of(ofB.id()))).isInstanceOf(PostAccessDenied.class);
        assertThatThrownBy(() -> post.letterPdf(boxA, ofB.id())).isInstanceOf(PostAccessDenied.class);
        assertThat(post.letter(boxB, ofB.id()).folder()).isEqualTo(FolderRef.INBOX);

        folders.create(boxA, "Sundhed");
        assertThat(post.folders(boxB)).extracting(Folder::name).doesNotContain("Sundhed");
        // The same seed gives the same mailbox in both sandboxes, but they stay apart.
        assertThat(post.count(boxA, FolderRef.INBOX, "")).isEqualTo(post.count(boxB, FolderRef.INBOX, ""));
    }

    @Test
    void theFolderListCountsEveryFoldersLettersAndUnreadLetters() {
        Sandbox sandbox = sandboxes.create(Persona.ADULT, 14);
        Mailbox box = Mailbox.own(actors.person(sandbox, Role.SELF));
        FolderRef health = folders.create(box, "Sundhed").folder().orElseThrow();
        List<Letter> inbox = post.letters(box, FolderRef.INBOX, "", LetterSort.DATE, 0, 3);
        post.open(box, inbox.get(0).id());
        post.move(box, List.of(inbox.get(0).id(), inbox.get(1).id()), health);
        post.delete(box, List.of(inbox.get(2).id()));

        List<Folder> list = post.folders(box);
        assertThat(list).extracting(Folder::ref).contains(FolderRef.INBOX, FolderRef.DELETED, health);
        for (Folder folder : list) {
            List<Letter> letters = post.letters(box, folder.ref(), "", LetterSort.DATE, 0, 1000);
            assertThat(folder.letters()).as(folder.ref().token()).isEqualTo(letters.size());
            assertThat(folder.unread()).as(folder.ref().token()).isEqualTo((int) letters.stream().filter(Letter::unread).count());
        }
        Folder own = list.stream().filter(f -> f.ref().equals(health)).findFirst().orElseThrow();
        assertThat(own.letters()).isEqualTo(2);
    }

    @Test
    void aRelativesMailboxIsClosedToTheCitizenWithoutAGrant() {
        Sandbox sandbox = sandboxes.create(Persona.PENSIONER, 12);
        Mailbox daughtersAsCitizen = new Mailbox(actors.person(sandbox, Role.SELF), Role.DAUGHTER);
        assertThatThrownBy(() -> post.folders(daughtersAsCitizen)).isInstanceOf(PostAccessDenied.class);
        assertThatThrownBy(() -> post.letters(daughtersAsCitizen, FolderRef.INBOX, "", LetterSort.DATE, 0, 10))
                .isInstanceOf(PostAccessDenied.class);
    }

    @Test
    void fiveHundredLettersArePagedSearchedAndSorted() {
        Sandbox sandbox = sandboxes.create(Persona.ADULT, 13);
        for (int i = 0; i < 480; i++) {
            deliveries.deliver(sandbox, Role.SELF, i % 2 == 0 ? "boligstoette" : "valgkort", null, Map.of());
        }
        Mailbox box = Mailbox.own(actors.person(sandbox, Role.SELF));
        int total = post.count(box, FolderRef.INBOX, "");
        assertThat(total).isGreaterThanOrEqualTo(500);
        List<Letter> page = post.letters(box, FolderRef.INBOX, "", LetterSort.DATE, 40, 40);
        assertThat(page).hasSize(40);
        assertThat(post.letters(box, FolderRef.INBOX, "", LetterSort.DATE, total - 10, 40)).hasSize(10);
        assertThat(post.count(box, FolderRef.INBOX, "valgkort")).isGreaterThanOrEqualTo(240);
        List<Letter> bySender = post.letters(box, FolderRef.INBOX, "", LetterSort.SENDER, 0, total);
        assertThat(bySender).extracting(l -> l.sender().toLowerCase()).isSorted();
    }

    @Test
    void searchLooksInSenderSubjectAndTextAndIsRecorded() {
        Sandbox sandbox = sandboxes.create(Persona.PENSIONER, 14);
        Mailbox box = Mailbox.own(actors.person(sandbox, Role.SELF));
        assertThat(post.letters(box, FolderRef.INBOX, "tillægsprocent", LetterSort.DATE, 0, 50))
                .anyMatch(l -> "pension-aarsbrev".equals(l.templateId()));
        assertThat(post.count(box, FolderRef.INBOX, "udbetaling danmark")).isGreaterThan(0);
        assertThat(post.count(box, FolderRef.INBOX, "%")).isZero();
        post.searched(box, "Forsvarets Dag");
        assertThat(events.list(sandbox.id())).anyMatch(e -> e.type().equals(PostEvents.SEARCHED)
                && e.detail("text").equals("Forsvarets Dag"));
    }

    @Test
    void actionsAreRecordedWithTheLetterTheyConcern() {
        Sandbox sandbox = sandboxes.create(Persona.ADULT, 15);
        Mailbox box = Mailbox.own(actors.person(sandbox, Role.SELF));
        Letter letter = deliveries.deliver(sandbox, Role.SELF, "jobcenter-samtale", "samtale", Map.of());
        post.open(box, letter.id());
        post.letterPdf(box, letter.id());
        FolderRef job = folders.create(box, "Job").folder().orElseThrow();
        post.move(box, List.of(letter.id()), job);
        post.delete(box, List.of(letter.id()));
        post.restore(box, List.of(letter.id()));
        assertThat(post.letter(box, letter.id()).folder()).isEqualTo(job);

        List<SandboxEvent> recorded = events.list(sandbox.id()).stream().filter(e -> "samtale".equals(e.detail("name"))).toList();
        assertThat(recorded).extracting(SandboxEvent::type).containsSubsequence(PostEvents.DELIVERED, PostEvents.OPENED,
                PostEvents.ATTACHMENT_OPENED, PostEvents.MOVED, PostEvents.DELETED, PostEvents.RESTORED);
    }

    @Test
    void deletingAFolderAsksWhereItsLettersGo() {
        Sandbox sandbox = sandboxes.create(Persona.ADULT, 16);
        Mailbox box = Mailbox.own(actors.person(sandbox, Role.SELF));
        FolderRef folder = folders.create(box, "Bolig").folder().orElseThrow();
        Letter letter = post.letters(box, FolderRef.INBOX, "", LetterSort.DATE, 0, 1).getFirst();
        post.move(box, List.of(letter.id()), folder);

        folders.delete(box, folder.customId(), false);
        assertThat(post.letter(box, letter.id()).folder()).isEqualTo(FolderRef.DELETED);
        post.restore(box, List.of(letter.id()));
        assertThat(post.letter(box, letter.id()).folder()).isEqualTo(FolderRef.INBOX);
    }

    @Test
    void folderNamesFollowTheRules() {
        Mailbox box = Mailbox.own(actors.person(sandboxes.create(Persona.ADULT, 17), Role.SELF));
        assertThat(folders.create(box, "  ").problem()).contains("folder.name-empty");
        assertThat(folders.create(box, "x".repeat(41)).problem()).contains("folder.name-too-long");
        assertThat(folders.create(box, "Indbakke").problem()).contains("folder.name-standard");
        assertThat(folders.create(box, "<b>Skat</b>").folder()).isPresent();
        assertThat(folders.create(box, "<B>skat</B> ").problem()).contains("folder.name-taken");
    }

    @Test
    void aMessageKeepsToTheLimitsAndARepliesOnlyWhereAllowed() {
        Sandbox sandbox = sandboxes.create(Persona.ADULT, 18);
        Mailbox box = Mailbox.own(actors.person(sandbox, Role.SELF));
        String kommune = Authorities.of(SenderCategory.KOMMUNE, sandbox.citizen()).getFirst();
        List<Draft.NewFile> eleven = java.util.stream.IntStream.range(0, 11)
                .mapToObj(i -> new Draft.NewFile("f" + i + ".txt", "text/plain", new byte[10])).toList();
        assertThat(composer.send(box, new Draft(null, SenderCategory.KOMMUNE, kommune, "Hej", "Tekst", eleven, null)).problems())
                .contains("compose.too-many-files");
        List<Draft.NewFile> tooBig = List.of(new Draft.NewFile("a.pdf", "application/pdf", new byte[6 << 20]),
                new Draft.NewFile("b.pdf", "application/pdf", new byte[5 << 20]));
        assertThat(composer.send(box, new Draft(null, SenderCategory.KOMMUNE, kommune, "Hej", "Tekst", tooBig, null)).problems())
                .contains("compose.too-large");
        assertThat(composer.send(box, new Draft(null, SenderCategory.KOMMUNE, "Rigets Hemmelige Kontor", "Hej", "Tekst", List.of(), null))
                .problems()).contains("compose.choose-authority");

        Composer.Outcome sent = composer.send(box, new Draft(null, SenderCategory.KOMMUNE, kommune, "Hej", "Tekst",
                List.of(new Draft.NewFile("a.txt", "text/plain", "hej".getBytes())), null));
        assertThat(sent.sent()).isTrue();
        assertThat(post.letter(box, sent.messageId()).folder()).isEqualTo(FolderRef.SENT);
        assertThat(post.uploads(box, sent.messageId())).extracting(Upload::fileName).containsExactly("a.txt");
        assertThat(post.letters(box, FolderRef.INBOX, "Kvittering", LetterSort.DATE, 0, 5))
                .anyMatch(l -> l.sender().equals(kommune));

        Letter noReply = deliveries.deliver(sandbox, Role.SELF, "skat-aarsopgoerelse", null, Map.of());
        assertThatThrownBy(() -> composer.send(box, new Draft(null, null, null, "Sv", "Tekst", List.of(), noReply.id())))
                .isInstanceOf(PostAccessDenied.class);
        Letter reply = deliveries.deliver(sandbox, Role.SELF, "jobcenter-samtale", "job", Map.of());
        assertThat(composer.send(box, new Draft(null, null, null, "Sv: Indkaldelse", "Jeg kommer", List.of(), reply.id())).sent()).isTrue();
        assertThat(events.list(sandbox.id())).anyMatch(e -> e.type().equals(PostEvents.REPLIED) && e.detail("name").equals("job"));
    }

    @Test
    void notificationsUsePracticeContactDetailsOnlyAndAppearOnThePhone() {
        Sandbox sandbox = sandboxes.create(Persona.ADULT, 19);
        Mailbox box = Mailbox.own(actors.person(sandbox, Role.SELF));
        assertThat(settings.save(box, "+45 20 30 40 50", null, null, true, false)).containsExactly("settings.mobile-real");
        assertThat(settings.save(box, "12345", null, null, true, false)).containsExactly("settings.mobile-invalid");
        assertThat(settings.save(box, null, "hans@gmail.com", null, false, true)).containsExactly("settings.email-real");
        assertThat(settings.settings(box)).isEqualTo(NotificationSettings.NONE);

        assertThat(settings.save(box, sandbox.citizen().phone(), sandbox.citizen().email(), null, true, true)).isEmpty();
        deliveries.deliver(sandbox, Role.SELF, "valgkort", null, Map.of());
        assertThat(settings.notifications(Phone.of(box.acting()))).extracting(Notification::channel).containsExactlyInAnyOrder("sms", "email");
        assertThat(events.list(sandbox.id())).anyMatch(e -> e.type().equals(PostEvents.NOTIFICATION_CHANGED)
                && e.detail("channel").equals("sms") && e.detail("enabled").equals("true"));

        assertThat(settings.signUpForNemSms(box, sandbox.citizen().phone(), false)).contains("nemsms.accept-terms");
        assertThat(settings.signUpForNemSms(box, sandbox.citizen().phone(), true)).isEmpty();
        assertThat(settings.settings(box).nemSms()).isTrue();
    }
}
