package dk.sandkassen.scenario;

import dk.sandkassen.shared.PdfWriter;
import dk.sandkassen.shared.PdfWriter.Font;
import dk.sandkassen.shared.QrCode;
import dk.sandkassen.shared.Translate;
import java.util.List;
import java.util.Locale;

/**
 * The one-page guide to an exercise that an IT café prints: title, what it teaches, the
 * steps with their hints, and a QR code and link that start it on a tablet or phone. In Arabic
 * the page is mirrored: text, step numbers and the QR code start at the right margin.
 */
public final class HandoutPdf {

    private static final float QR_SIZE = 118;

    /** The printed texts around the exercise's own, in the reader's language. */
    public record Labels(String kicker, String meta, String stepsTitle, String hint, String startTitle, String startHelp,
                         String watermark, String footer) {

        public static Labels of(Translate texts, Exercise exercise) {
            return new Labels(texts.text("handout.kicker"),
                    texts.text("handout.meta", texts.text("scenario.level." + exercise.level().id()), exercise.minutes(),
                            texts.text("persona." + exercise.persona().id())),
                    texts.text("handout.steps"), texts.text("handout.hint"), texts.text("handout.start"),
                    texts.text("handout.start-help"), texts.text("handout.watermark"), texts.text("handout.footer"));
        }
    }

    private HandoutPdf() {
    }

    public static byte[] render(Exercise exercise, Locale locale, Labels labels, String startUrl) {
        try (PdfWriter pdf = new PdfWriter(labels.watermark(), locale)) {
            pdf.text(Font.REGULAR, 10, labels.kicker())
                    .space(12)
                    .paragraph(Font.BOLD, 20, exercise.title().in(locale))
                    .text(Font.REGULAR, 10, labels.meta())
                    .space(4);
            if (exercise.summary() != null) {
                pdf.paragraph(Font.REGULAR, 11.5f, exercise.summary().in(locale));
            }
            pdf.space(6).line().text(Font.BOLD, 13, labels.stepsTitle()).space(2);
            List<Step> steps = exercise.steps();
            // Long exercises get smaller print, so that the guide stays on one page.
            float size = steps.size() > 7 ? 9.5f : 11f;
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                float top = pdf.y();
                String number = (i + 1) + ".";
                pdf.at(Font.BOLD, size, pdf.startX(0, pdf.textWidth(Font.BOLD, size, number)), top, number);
                pdf.paragraph(Font.BOLD, size, 20, step.text().in(locale));
                if (step.hint() != null) {
                    pdf.paragraph(Font.REGULAR, size - 1, 20, labels.hint() + " " + step.hint().in(locale));
                }
                pdf.space(4);
            }
            pdf.space(8).line().text(Font.BOLD, 13, labels.startTitle());
            float qrTop = pdf.y();
            pdf.image(QrCode.png(startUrl, 6), pdf.startX(0, QR_SIZE), qrTop - QR_SIZE, QR_SIZE);
            pdf.paragraph(Font.REGULAR, 10.5f, QR_SIZE + 14, labels.startHelp());
            pdf.paragraph(Font.MONO, 10, QR_SIZE + 14, startUrl);
            pdf.space(Math.max(0, QR_SIZE - (qrTop - pdf.y())) + 10);
            pdf.paragraph(Font.REGULAR, 8.5f, labels.footer());
            return pdf.finish();
        }
    }
}
