package dk.sandkassen.scenario;

import dk.sandkassen.identity.Persona;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One exercise, as read from its scenario file.
 *
 * @param login  nemid, mitid or any: the login method the exercise expects
 * @param next   the exercise to suggest afterwards (a Sandkassen extension), if the author chose one
 * @param letterHelp whether Sandkassen's explanation of letters ("Hvad betyder brevet?") is offered while
 *                   it runs: off for exercises that test reading a letter (a Sandkassen extension)
 * @param source the file it came from, as teachers see it in messages
 */
public record Exercise(String id, Text title, @Nullable Text summary, Topic topic, Level level, int minutes,
                       Persona persona, @Nullable Long seed, String login, @Nullable String next, boolean letterHelp, Setup setup,
                       List<Step> steps, String source) {

    public Exercise {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("An exercise needs at least one step");
        }
    }
}
