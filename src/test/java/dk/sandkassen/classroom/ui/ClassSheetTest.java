package dk.sandkassen.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sandkassen.classroom.ClassCode;
import dk.sandkassen.classroom.ClassId;
import dk.sandkassen.classroom.Classroom;
import dk.sandkassen.post.LetterCatalogue;
import dk.sandkassen.scenario.Exercise;
import dk.sandkassen.scenario.Pacing;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The class sheet for a room without a projector: one A4 page with the code, the link and every step. */
class ClassSheetTest {

    @Test
    void oneA4PageWithTheCodeTheLinkAndTheLessonsSteps() throws IOException {
        List<Exercise> all = new dk.sandkassen.scenario.internal.ScenarioLoader(new LetterCatalogue().all().stream()
                .map(dk.sandkassen.post.LetterTemplate::id).collect(java.util.stream.Collectors.toSet()))
                .load(dk.sandkassen.scenario.internal.ScenarioLoader.builtIn()).exercises();
        List<String> ids = List.of("PST-001", "FLD-001", "NOT-001");
        List<Exercise> lesson = ids.stream().map(id -> all.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow()).toList();
        Classroom classroom = new Classroom(new ClassId(UUID.randomUUID()), new ClassCode("KM47TX"), "key",
                "Digital Post for begyndere", "Digital Post for beginners", ids, Pacing.SELF, 21, false, 5, 0, 1, 0,
                Instant.now(), Instant.now(), null);
        byte[] pdf = ClassSheet.render(classroom, lesson, Locale.forLanguageTag("da"), new ClassSheet.Labels(
                "Sandkassen · Hold", "Kom med på holdet", "Scan QR-koden", "Timens øvelser", "ØVELSE", "Opdigtet"),
                "https://sandkassen.example.org/hold/KM47TX");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Digital Post for begyndere", "KM4 7TX", "https://sandkassen.example.org/hold/KM47TX");
            for (Exercise exercise : lesson) {
                assertThat(text).contains(exercise.title().in(Locale.forLanguageTag("da")));
                exercise.steps().forEach(step -> assertThat(text.replaceAll("\\s+", " "))
                        .contains(step.text().in(Locale.forLanguageTag("da")).replaceAll("\\s+", " ").substring(0, 20)));
            }
        }
    }
}
