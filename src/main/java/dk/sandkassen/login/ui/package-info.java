/**
 * The login screens, the learner's credentials and key card, and the on-screen devices.
 * {@link dk.sandkassen.login.ui.LoginNavigation} and {@link dk.sandkassen.login.ui.CredentialsCard}
 * are what other features use.
 */
@NamedInterface("ui")
@NullMarked
package dk.sandkassen.login.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
