package dk.sandkassen.post;

import dk.sandkassen.identity.Person;
import dk.sandkassen.shared.PdfWriter;
import dk.sandkassen.shared.PdfWriter.Font;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The PDF that comes with a letter: the fictitious sender's letterhead, the citizen's name and
 * address, the date, the subject and the text, and "DEMO — fiktivt brev" across the page.
 */
final class LetterPdf {

    static final String WATERMARK = "DEMO — fiktivt brev fra Sandkassen";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", LetterWriter.DANISH);

    private LetterPdf() {
    }

    static byte[] render(Letter letter, Person recipient) {
        try (PdfWriter pdf = new PdfWriter(WATERMARK)) {
            String date = letter.receivedAt().atZone(ZoneId.of("Europe/Copenhagen")).toLocalDate().format(DATE);
            float top = pdf.y();
            pdf.text(Font.BOLD, 16, letter.sender())
                    .text(Font.REGULAR, 9, "Fiktiv afsender · Sandkassen (øvelse)");
            pdf.at(Font.REGULAR, 10, PdfWriter.MARGIN + pdf.width() - pdf.textWidth(Font.REGULAR, 10, date), top, date);
            pdf.line().space(14)
                    .text(Font.REGULAR, 11, recipient.fullName())
                    .text(Font.REGULAR, 11, recipient.address().street())
                    .text(Font.REGULAR, 11, recipient.address().postalLine())
                    .space(22)
                    .paragraph(Font.BOLD, 13, letter.subject())
                    .space(6)
                    .paragraph(Font.REGULAR, 11, letter.body());
            return pdf.finish();
        }
    }
}
