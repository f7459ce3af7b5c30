/**
 * The exercise catalogue, the teacher page, and the exercise panel beside the simulated
 * portal. {@link dk.sandkassen.scenario.ui.ExercisePanel} and
 * {@link dk.sandkassen.scenario.ui.ScenarioNavigation} are what other features use.
 */
@NamedInterface("ui")
@NullMarked
package dk.sandkassen.scenario.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
