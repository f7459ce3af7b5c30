/**
 * The phone's text-message and e-mail apps, the pressure call, the look-alike page behind a
 * fake link and its explanation, and what to do after a mistake.
 * {@link dk.sandkassen.safety.ui.SafetyPhone} and {@link dk.sandkassen.safety.ui.SafetyNavigation}
 * are what other features use.
 */
@NamedInterface("ui")
@NullMarked
package dk.sandkassen.safety.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
