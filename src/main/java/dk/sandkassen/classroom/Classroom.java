package dk.sandkassen.classroom;

import dk.sandkassen.scenario.Pacing;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A class as it is now.
 *
 * @param currentExercise index into {@code exerciseIds}: the exercise the teacher has sent the class to
 * @param openSteps       in "Følg mig", how many steps of the current exercise the teacher has opened
 * @param version         counts every change a board or a learner's page must show
 */
public record Classroom(ClassId id, ClassCode code, String teacherKey, String titleDa, String titleEn,
                        List<String> exerciseIds, Pacing pacing, long seed, boolean allowNames, int stuckMinutes,
                        int currentExercise, int openSteps, long version, Instant createdAt, Instant endsAt,
                        @Nullable Instant endedAt) {

    public Classroom {
        exerciseIds = List.copyOf(exerciseIds);
    }

    /** The class's title in Danish or English, as the teacher gave it; other languages read the English one (else the Danish). */
    public String title(Locale locale) {
        return locale.getLanguage().equals("da") || titleEn.isBlank() ? titleDa : titleEn;
    }

    public String currentExerciseId() {
        return exerciseIds.get(Math.min(currentExercise, exerciseIds.size() - 1));
    }

    public boolean hasNextExercise() {
        return currentExercise + 1 < exerciseIds.size();
    }

    public boolean ended() {
        return endedAt != null;
    }

    /** How many steps a learner may complete now: all in "Frit tempo". */
    public int stepsOpen() {
        return pacing == Pacing.FOLLOW ? openSteps : Integer.MAX_VALUE;
    }
}
