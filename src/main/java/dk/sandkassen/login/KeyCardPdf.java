package dk.sandkassen.login;

import dk.sandkassen.shared.PdfWriter;
import dk.sandkassen.shared.PdfWriter.Font;
import java.util.List;
import java.util.Set;

/**
 * A printable practice key card on one A4 page: the card number, the 148 keys in columns of
 * "Nøgle nr." and "Nøgle" as on the real card, the keys already used crossed off, and a
 * watermark that says it is not a real card. For classrooms that practise on paper.
 */
public final class KeyCardPdf {

    private static final int COLUMNS = 4;
    private static final float ROW_HEIGHT = 15.2f;

    /** The texts printed on the card, in the learner's language. */
    public record Labels(String title, String holder, String cardNumber, String keyNumber, String code,
                         String watermark, String footer) {
    }

    private KeyCardPdf() {
    }

    public static byte[] render(KeyCard card, Set<String> used, Labels labels) {
        try (PdfWriter pdf = new PdfWriter(labels.watermark())) {
            pdf.text(Font.BOLD, 18, labels.title())
                    .text(Font.REGULAR, 11, labels.holder())
                    .text(Font.BOLD, 12, labels.cardNumber() + ": " + card.cardNumber())
                    .space(10);
            float columnWidth = pdf.width() / COLUMNS;
            float top = pdf.y();
            for (int column = 0; column < COLUMNS; column++) {
                float x = PdfWriter.MARGIN + column * columnWidth;
                pdf.at(Font.BOLD, 8, x, top, labels.keyNumber()).at(Font.BOLD, 8, x + 52, top, labels.code());
            }
            int rows = (int) Math.ceil(KeyCard.SIZE / (double) COLUMNS);
            List<KeyCard.Key> keys = card.keys();
            for (int i = 0; i < keys.size(); i++) {
                float x = PdfWriter.MARGIN + (i / rows) * columnWidth;
                float y = top - 16 - (i % rows) * ROW_HEIGHT;
                KeyCard.Key key = keys.get(i);
                pdf.at(Font.MONO, 10, x, y, key.number()).at(Font.MONO, 10, x + 52, y, key.code());
                if (used.contains(key.number())) {
                    pdf.strike(x, y, 100);
                }
            }
            pdf.space(16 + rows * ROW_HEIGHT + 10).text(Font.REGULAR, 9, labels.footer());
            return pdf.finish();
        }
    }
}
