/**
 * Simulated NemID and MitID: the fictitious citizen's credentials (shown to the learner, never
 * real), the key card, the login flows with the mistakes people really make, and who is
 * logged in. Every login attempt is a sandbox event.
 */
@NullMarked
package dk.sandkassen.login;

import org.jspecify.annotations.NullMarked;
