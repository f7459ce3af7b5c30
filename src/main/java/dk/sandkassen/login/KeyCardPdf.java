package dk.sandkassen.login;

import dk.sandkassen.shared.PdfWriter;
import dk.sandkassen.shared.PdfWriter.Font;
import dk.sandkassen.shared.Translate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A printable practice key card on one A4 page: the card number, the 148 keys in columns of
 * "Nøgle nr." and "Nøgle" as on the real card, the keys already used crossed off, and a
 * watermark that says it is not a real card. For classrooms that practise on paper. In Arabic
 * the card is mirrored: texts and columns start at the right margin, as on screen.
 */
public final class KeyCardPdf {

    private static final int COLUMNS = 4;
    private static final float ROW_HEIGHT = 15.2f;
    private static final float CODE_OFFSET = 52;
    private static final float STRUCK = 100;

    /** The texts printed on the card, in the learner's language. */
    public record Labels(String title, String holder, String cardNumber, String keyNumber, String code,
                         String watermark, String footer) {

        public static Labels of(Translate texts, String holderName) {
            return new Labels(texts.text("keycard.pdf.title"), texts.text("keycard.pdf.holder", holderName),
                    texts.text("keycard.pdf.card-number"), texts.text("keycard.pdf.key-number"),
                    texts.text("keycard.pdf.code"), texts.text("keycard.pdf.watermark"), texts.text("keycard.pdf.footer"));
        }
    }

    private KeyCardPdf() {
    }

    public static byte[] render(KeyCard card, Set<String> used, Labels labels, Locale locale) {
        try (PdfWriter pdf = new PdfWriter(labels.watermark(), locale)) {
            pdf.text(Font.BOLD, 18, labels.title())
                    .text(Font.REGULAR, 11, labels.holder())
                    .text(Font.BOLD, 12, labels.cardNumber() + ": " + card.cardNumber())
                    .space(10);
            float columnWidth = pdf.width() / COLUMNS;
            float top = pdf.y();
            // Columns, and in each the key number then its code, follow the reading direction,
            // as the card on screen does; the digits themselves read left to right everywhere.
            for (int column = 0; column < COLUMNS; column++) {
                cell(pdf, Font.BOLD, 8, column * columnWidth, top, labels.keyNumber());
                cell(pdf, Font.BOLD, 8, column * columnWidth + CODE_OFFSET, top, labels.code());
            }
            int rows = (int) Math.ceil(KeyCard.SIZE / (double) COLUMNS);
            List<KeyCard.Key> keys = card.keys();
            for (int i = 0; i < keys.size(); i++) {
                float offset = (i / rows) * columnWidth;
                float y = top - 16 - (i % rows) * ROW_HEIGHT;
                KeyCard.Key key = keys.get(i);
                cell(pdf, Font.MONO, 10, offset, y, key.number());
                cell(pdf, Font.MONO, 10, offset + CODE_OFFSET, y, key.code());
                if (used.contains(key.number())) {
                    pdf.strike(pdf.startX(offset, STRUCK), y, STRUCK);
                }
            }
            pdf.space(16 + rows * ROW_HEIGHT + 10).text(Font.REGULAR, 9, labels.footer());
            return pdf.finish();
        }
    }

    /** A text {@code offset} points in from where lines start (the left margin, the right one in Arabic). */
    private static void cell(PdfWriter pdf, Font font, float size, float offset, float y, String text) {
        pdf.at(font, size, pdf.startX(offset, pdf.textWidth(font, size, text)), y, text);
    }
}
