package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dk.sandkassen.identity.IdentityFactory;
import dk.sandkassen.identity.Person;
import dk.sandkassen.identity.Persona;
import dk.sandkassen.identity.Sex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Digital Post, as a learner uses it. */
class PostJourneyIT extends BrowserTest {

    @Test
    void readALetterAndOpenItsPdf() throws IOException {
        LoggedInPage.logInQuickly(page, base());
        PostPage post = new PostPage(page).isShown();
        Accessibility.check(page);
        // The list's checkboxes are named in the page's language, not Vaadin's English.
        assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Vælg alle breve"))).hasCount(1);
        assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Select Row"))).hasCount(0);
        // "Vælg alle" selects every letter of the folder, not only the rows on screen.
        String all = page.locator(".sk-messages-count").textContent().replaceAll("\\D", "");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Vælg alle breve")).check();
        assertThat(page.getByText(all + " valgt", new Page.GetByTextOptions().setExact(true))).isVisible();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Vælg alle breve")).uncheck();
        post.search("lønseddel").open("lønseddel");
        assertThat(post.openSubject()).startsWith("Din lønseddel for");
        assertThat(post.letter.getByText("Statens Administration (Demo)").first()).isVisible();
        Accessibility.check(page);

        Download download = page.waitForDownload(() -> post.letter.getByText("Hent", new Locator.GetByTextOptions().setExact(true)).click());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("DEMO — fiktivt brev", "lønseddel");
        }
        // "Åbn vedhæftet fil" opens the PDF in the browser's viewer (a new tab), never saves it
        // like "Hent", and its accessible name begins with what it says.
        Locator open = page.locator("#open-attachment");
        assertThat(open).hasAttribute("target", "_blank");
        assertThat(open).not().hasAttribute("download", java.util.regex.Pattern.compile(".*"));
        assertThat(open).hasAttribute("aria-label", java.util.regex.Pattern.compile("^Åbn vedhæftet fil: .+"));
        com.microsoft.playwright.APIResponse viewer = page.request().get(url(open.getAttribute("href")));
        assertThat(viewer.headers().get("content-disposition")).startsWith("inline");
        assertThat(viewer.headers().get("content-type")).isEqualTo("application/pdf");
    }

    @Test
    void createAFolderMoveLettersIntoItRenameItAndDeleteIt() {
        LoggedInPage.logInQuickly(page, base());
        PostPage post = new PostPage(page).isShown();
        post.createFolder("Sundhed").expectStatus("Mappen \"Sundhed\" er oprettet.");
        Accessibility.check(page);

        post.search("skattestyrelsen").open("Skattestyrelsen");
        String subject = post.openSubject();
        post.moveOpenLetterTo("Sundhed").expectStatus("\u201C" + subject + "\u201D er flyttet til Sundhed.");

        // Drag and drop moves a letter too.
        post.search("Digitaliseringsstyrelsen");
        Locator row = post.row("Digitaliseringsstyrelsen");
        String dragged = row.textContent();
        row.dragTo(post.folders.locator("[data-folder^='mappe-']").first());
        post.expectStatus("Digital Post");
        post.expectStatus("er flyttet til Sundhed");

        post.folder("Sundhed").search("");
        assertThat(post.row(subject)).isVisible();
        assertThat(post.list).containsText("Digitaliseringsstyrelsen");
        assertThat(dragged).contains("Digitaliseringsstyrelsen");

        post.folders.getByLabel("Handlinger for mappen Sundhed").click();
        page.getByRole(AriaRole.MENUITEM, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Omdøb mappe")).click();
        page.locator("#folder-name input").fill("Helbred");
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem")).click();
        post.expectStatus("Mappen hedder nu \"Helbred\".");
        assertThat(post.folders).containsText("Helbred");

        post.folders.getByLabel("Handlinger for mappen Helbred").click();
        page.getByRole(AriaRole.MENUITEM, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Slet mappe")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("Der er 2 beskeder i mappen. Hvad skal der ske med dem?")).isVisible();
        Accessibility.check(page);
        dialog.getByText("Flyt dem til Indbakke").click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Slet mappen")).click();
        post.expectStatus("Mappen \"Helbred\" er slettet.");
        assertThat(post.folders).not().containsText("Helbred");
        post.search(subject);
        assertThat(post.row(subject)).isVisible();
    }

    @Test
    void deleteALetterAndRestoreIt() {
        LoggedInPage.logInQuickly(page, base());
        PostPage post = new PostPage(page).isShown().search("Digitaliseringsstyrelsen").open("Digitaliseringsstyrelsen");
        String subject = post.openSubject();
        post.letterButton("Slet").click();
        post.expectStatus("er flyttet til Slettet post");
        assertThat(page.locator(".sk-messages-count")).hasText("0 beskeder fundet");

        post.folder("Slettet post").open(subject);
        Accessibility.check(page);
        post.letterButton("Gendan").click();
        post.expectStatus("gendannet");
        post.folder("Indbakke").search(subject);
        assertThat(post.row(subject)).isVisible();
    }

    @Test
    void searchFindsTheForsvaretsDagCallUp() {
        LocalDate today = LocalDate.now();
        long seed = LongStream.range(1, 10_000).filter(s -> {
            Person p = IdentityFactory.create(Persona.YOUNG, s, today).citizen();
            return p.sex() == Sex.MALE && p.ageOn(today) >= 17;
        }).findFirst().orElseThrow();
        WelcomePage.open(page, url("/")).startOverAs("Ung (15–18 år)", seed);
        LoggedInPage.logInQuickly(page, base());
        PostPage post = new PostPage(page).isShown().search("Forsvarets Dag");
        assertThat(post.row("Indkaldelse til Forsvarets Dag")).isVisible();
        post.open("Indkaldelse til Forsvarets Dag");
        assertThat(post.letter).containsText("1.000 kr.");
        assertThat(post.letter.locator("#reply")).hasCount(0);
        Accessibility.check(page);
    }

    @Test
    void writeToTheKommuneWithAnAttachmentAndFindItInSentWithAReceipt() {
        Learner learner = LoggedInPage.logInQuickly(page, base());
        page.locator("#write-message").click();
        ComposePage compose = new ComposePage(page).isShown();
        compose.to("Kommuner", "Kommune, Borgerservice").subject("Spørgsmål om sygesikring").text("Hej. Jeg har et spørgsmål.")
                .attach("spoergsmaal.txt", "Mit spørgsmål står her.".getBytes(StandardCharsets.UTF_8));
        assertThat(page.locator("#attached-files")).containsText("spoergsmaal.txt");
        Accessibility.check(page);
        compose.send();

        PostPage post = new PostPage(page).isShown();
        assertThat(folderCurrent(post)).containsText("Sendt");
        assertThat(post.letter.locator("#letter-subject")).hasText("Spørgsmål om sygesikring");
        assertThat(post.letter).containsText("spoergsmaal.txt");
        assertThat(post.letter).containsText("Kommune, Borgerservice");
        post.folder("Indbakke").search("Kvittering");
        assertThat(post.row("Kvittering: Vi har modtaget din besked")).isVisible();
        assertThat(learner.cpr()).isNotBlank();
    }

    @Test
    void replyWhereTheSenderAllowsItAndNoReplyButtonWhereNot() {
        LoggedInPage.logInQuickly(page, base());
        PostPage post = new PostPage(page).isShown().search("årsopgørelse").open("Din årsopgørelse er klar");
        assertThat(post.letter.locator("#reply")).hasCount(0);

        post = post.search("jobcentret").open("Indkaldelse til samtale i jobcentret");
        post.letter.locator("#reply").click();
        ComposePage compose = new ComposePage(page).isShown();
        assertThat(page.getByText("Svar til:")).containsText("Jobcenter");
        assertThat(page.locator("#compose-subject input")).hasValue("Sv: Indkaldelse til samtale i jobcentret");
        compose.text("Tak, jeg kommer.").send();
        post = new PostPage(page).isShown();
        assertThat(folderCurrent(post)).containsText("Sendt");
        assertThat(post.letter.locator("#letter-subject")).hasText("Sv: Indkaldelse til samtale i jobcentret");
    }

    @Test
    void anOversizeAttachmentIsRefusedAndTheDraftIsKept() {
        LoggedInPage.logInQuickly(page, base());
        page.locator("#write-message").click();
        ComposePage compose = new ComposePage(page).isShown();
        compose.to("Statslige myndigheder", "Skattestyrelsen").subject("Min forskudsopgørelse").text("Se vedhæftede.");
        compose.attach("stor.pdf", new byte[11 * 1024 * 1024]);
        assertThat(page.locator(".sk-compose [role=alert]")).containsText("10 MB");
        assertThat(page.locator("#compose-subject input")).hasValue("Min forskudsopgørelse");
        assertThat(page.locator("#compose-text textarea")).hasValue("Se vedhæftede.");
        assertThat(page.locator("#attached-files li")).hasCount(0);
        Accessibility.check(page);

        // Two files that are fine one by one, but not together.
        compose.attach("a.pdf", new byte[6 * 1024 * 1024]);
        assertThat(page.locator("#attached-files li")).hasCount(1);
        compose.attach("b.pdf", new byte[6 * 1024 * 1024]);
        assertThat(page.locator(".sk-compose [role=alert]")).containsText("b.pdf");
        assertThat(page.locator("#attached-files li")).hasCount(1);

        compose.saveDraft();
        assertThat(page.getByText("Din besked er gemt i Kladder.")).isVisible();
        page.navigate(url("/post/kladder"));
        PostPage post = new PostPage(page).isShown();
        assertThat(post.row("Min forskudsopgørelse")).isVisible();
    }

    @Test
    void notificationSettingsAreSavedAndThePhoneShowsANewLetter() {
        LoggedInPage.logInQuickly(page, base());
        page.navigate(url("/post/indstillinger"));
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1)))
                .hasText("Indstillinger for Digital Post");
        Accessibility.check(page);
        String practiceNumber = page.locator("#settings-mobile").getByText("Brug dit øvelsesnummer:").textContent()
                .replace("Brug dit øvelsesnummer: ", "").strip();

        page.locator("#settings-mobile input").fill("+45 20 30 40 50");
        page.locator("#settings-sms").click();
        page.locator("#settings-save").click();
        assertThat(page.locator("[role=alert]").first()).containsText("ligner et rigtigt mobilnummer");

        page.locator("#settings-mobile input").fill(practiceNumber);
        page.locator("#settings-save").click();
        assertThat(page.getByText("Dine indstillinger er gemt.")).isVisible();

        page.locator("#settings-try").click();
        Locator phone = page.locator("#phone-panel");
        assertThat(phone).isVisible();
        assertThat(phone).containsText("Du har fået ny Digital Post fra Digitaliseringsstyrelsen");
        Accessibility.check(page);

        page.reload();
        assertThat(page.locator("#settings-sms input")).isChecked();
    }

    @Test
    void htmlInAFolderNameOrALetterIsShownAsTextAndNeverRun() {
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        LoggedInPage.logInQuickly(page, base());
        PostPage post = new PostPage(page).isShown();
        String evil = "<img src=x onerror=alert(1)><b>fed</b>";
        post.createFolder(evil);
        assertThat(post.folders.getByText(evil)).isVisible();
        assertThat(post.folders.locator("b, img")).hasCount(0);

        page.locator("#write-message").click();
        ComposePage compose = new ComposePage(page).isShown();
        compose.to("Statslige myndigheder", "Skattestyrelsen").subject("<script>alert('emne')</script>")
                .text("<script>alert('tekst')</script>").send();
        post = new PostPage(page).isShown();
        assertThat(post.letter.locator("#letter-subject")).hasText("<script>alert('emne')</script>");
        assertThat(post.letter.getByText("<script>alert('tekst')</script>")).isVisible();
        assertThat(post.letter.locator("script")).hasCount(0);
        assertThat(dialogs).isEmpty();
    }

    @Test
    void onAPhoneTheListAndTheLetterAreSeparateViews() {
        page.setViewportSize(390, 844);
        LoggedInPage.logInQuickly(page, base());
        PostPage post = new PostPage(page).isShown().search("Digitaliseringsstyrelsen").open("Digitaliseringsstyrelsen");
        assertThat(post.list).isHidden();
        assertThat(post.letter).isVisible();
        Accessibility.check(page);
        post.letterButton("Tilbage til listen").click();
        assertThat(post.list).isVisible();
        assertThat(post.letter).isHidden();
        Accessibility.check(page);
    }

    private static Locator folderCurrent(PostPage post) {
        return post.folders.locator("[aria-current=page]");
    }
}
