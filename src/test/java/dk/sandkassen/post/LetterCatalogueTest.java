package dk.sandkassen.post;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sandkassen.identity.Household;
import dk.sandkassen.identity.IdentityFactory;
import dk.sandkassen.identity.Persona;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Every template renders, as text and as PDF, for every persona, with no placeholder left. */
class LetterCatalogueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LetterCatalogue CATALOGUE = new LetterCatalogue();
    /** What the letters sent on demand are given (README of the catalogue lists them). */
    private static final Map<String, String> EXTRAS = Map.ofEntries(Map.entry("modtager", "Skattestyrelsen"),
            Map.entry("emne", "Spørgsmål om min forskudsopgørelse"), Map.entry("ejer", "Karen Hansen"),
            Map.entry("hjaelper", "Anne Hansen"), Map.entry("rettigheder", "læseadgang"), Map.entry("udloeb", "1. december 2027"),
            Map.entry("mapper", "Sundhed"), Map.entry("omraader", "Skat, Sundhed"), Map.entry("svar", "godkendt"),
            // the self-service solutions' letters
            Map.entry("kvittering", "2026-004711"), Map.entry("praksis", "Lægehuset Birkevej"),
            Map.entry("laege", "Anne Holm"),
            Map.entry("laegeadresse", "Birkevej 4, 9293 Birkeby"), Map.entry("tidligere", "Lærkevej 9, 9293 Birkeby"),
            Map.entry("flyttedato", "1. december 2026"), Map.entry("flyttere", "Karen Hansen, Peter Hansen"),
            Map.entry("anmelder", "Karen Hansen"), Map.entry("medicin", "Amlodipin 5 mg tabletter"),
            Map.entry("gyldig", "3. december 2027"));

    @Test
    void theCatalogueHasAtLeast30TemplatesFromEveryKindOfSender() {
        assertThat(CATALOGUE.all()).hasSizeGreaterThanOrEqualTo(30);
        Set<SenderCategory> categories = CATALOGUE.all().stream().map(LetterTemplate::category).collect(Collectors.toSet());
        assertThat(categories).containsExactlyInAnyOrder(SenderCategory.values());
        Set<String> senders = CATALOGUE.all().stream().map(LetterTemplate::sender).collect(Collectors.toSet());
        assertThat(senders).contains("Digitaliseringsstyrelsen", "Forsvarsministeriets Personalestyrelse", "Skattestyrelsen",
                "Udbetaling Danmark", "Færdselsstyrelsen", "Politiet", "Udlændingestyrelsen", "{by} Sprogcenter",
                "Skifteretten i {by}", "{kommune}, Jobcenter");
        assertThat(CATALOGUE.all()).anyMatch(LetterTemplate::replyAllowed).anyMatch(t -> !t.replyAllowed())
                .anyMatch(LetterTemplate::hasAttachment);
    }

    @Test
    void everyTemplateRendersAsTextAndPdfForEveryPersona() throws IOException {
        for (Persona persona : Persona.values()) {
            Household household = IdentityFactory.create(persona, 7, TODAY);
            LetterWriter writer = new LetterWriter(household.citizen(), 7, TODAY,
                    EXTRAS);
            for (LetterTemplate template : CATALOGUE.all()) {
                LocalDate date = TODAY.minusDays(10);
                String sender = writer.fill(template.sender(), date, 1);
                String subject = writer.fill(template.subject(), date, 1);
                String body = writer.fill(template.body(), date, 1);
                assertThat(sender + subject + body).as(template.id()).doesNotContain("{", "}");
                assertThat(body).as(template.id()).doesNotContainPattern("\\b\\d{6}-?\\d{4}\\b");

                Letter letter = new Letter(1, household.citizen().role(), template.id(), null, sender, template.category(),
                        subject, body, date.atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant(), true,
                        template.replyAllowed(), template.attachment(), FolderRef.INBOX, null, null, null, null, 0);
                try (PDDocument pdf = Loader.loadPDF(LetterPdf.render(letter, household.citizen()))) {
                    String text = new PDFTextStripper().getText(pdf);
                    assertThat(text).as(template.id()).contains(household.citizen().fullName(), "DEMO — fiktivt brev",
                            household.citizen().address().street());
                }
            }
        }
    }

    @Test
    void caseNumbersAreClearlyFictitious() {
        Household household = IdentityFactory.create(Persona.ADULT, 7, TODAY);
        String body = new LetterWriter(household.citizen(), 7, TODAY, Map.of()).fill("{sagsnr}", TODAY, 99);
        assertThat(body).matches("DEMO-2026-\\d{6}");
    }
}
