package dk.sandkassen.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.sandkassen.classroom.ClassRoutes;
import dk.sandkassen.classroom.ClassService;
import dk.sandkassen.classroom.Classroom;
import dk.sandkassen.scenario.Exercise;
import dk.sandkassen.scenario.ui.HandoutLinks;
import dk.sandkassen.shared.PdfWriter;
import dk.sandkassen.shared.PdfWriter.Font;
import dk.sandkassen.shared.QrCode;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

/**
 * The class on one A4 page, for a classroom without a projector: the code in large print, the
 * QR code and link, and the lesson's exercises with their steps.
 */
final class ClassSheet {

    private static final float QR_SIZE = 150;

    private ClassSheet() {
    }

    record Labels(String kicker, String codeTitle, String codeHelp, String lessonTitle, String watermark, String footer) {
    }

    static DownloadHandler download(Classroom classroom, ClassService classes, HandoutLinks links, Component page) {
        Locale locale = UI.getCurrent().getLocale();
        Labels labels = new Labels(page.getTranslation("class.sheet.kicker"), page.getTranslation("class.sheet.code"),
                page.getTranslation("class.sheet.code-help"), page.getTranslation("class.sheet.lesson"),
                page.getTranslation("handout.watermark"), page.getTranslation("handout.footer"));
        String url = links.absolute(ClassRoutes.join(classroom.code()));
        List<Exercise> lesson = classroom.exerciseIds().stream()
                .map(id -> classes.exercise(id)).flatMap(java.util.Optional::stream).toList();
        String fileName = "hold-" + classroom.code().value() + ".pdf";
        return DownloadHandler.fromInputStream(event -> {
            byte[] pdf = render(classroom, lesson, locale, labels, url);
            event.inline(fileName);
            return new DownloadResponse(new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length);
        }).inline();
    }

    static byte[] render(Classroom classroom, List<Exercise> lesson, Locale locale, Labels labels, String url) {
        try (PdfWriter pdf = new PdfWriter(labels.watermark(), locale)) {
            pdf.text(Font.REGULAR, 10, labels.kicker()).space(12)
                    .paragraph(Font.BOLD, 20, classroom.title(locale)).space(6)
                    .line().text(Font.BOLD, 13, labels.codeTitle());
            float top = pdf.y();
            pdf.image(QrCode.png(url, 6), pdf.startX(0, QR_SIZE), top - QR_SIZE, QR_SIZE);
            pdf.paragraph(Font.BOLD, 40, QR_SIZE + 20, classroom.code().spaced());
            pdf.paragraph(Font.REGULAR, 11, QR_SIZE + 20, labels.codeHelp());
            pdf.paragraph(Font.MONO, 10, QR_SIZE + 20, url);
            pdf.space(Math.max(0, QR_SIZE - (top - pdf.y())) + 10);
            pdf.line().text(Font.BOLD, 13, labels.lessonTitle()).space(2);
            int totalSteps = lesson.stream().mapToInt(e -> e.steps().size()).sum();
            float size = totalSteps > 14 ? 8.5f : 10f;
            for (int i = 0; i < lesson.size(); i++) {
                Exercise exercise = lesson.get(i);
                pdf.paragraph(Font.BOLD, size + 1.5f, (i + 1) + ". " + exercise.title().in(locale));
                for (int s = 0; s < exercise.steps().size(); s++) {
                    pdf.paragraph(Font.REGULAR, size, 16, (s + 1) + ". " + exercise.steps().get(s).text().in(locale));
                }
                pdf.space(4);
            }
            pdf.space(6).paragraph(Font.REGULAR, 8.5f, labels.footer());
            return pdf.finish();
        }
    }
}
