/**
 * Selvbetjening: practice self-service solutions beyond the mailbox — change doctor, report a
 * move, correct the preliminary income assessment, renew a prescription — done by the citizen
 * or, with a fuldmagt for the solution's area, by a relative on their behalf. Who acts comes
 * from the login ({@link dk.sandkassen.login.Actor}); every service method checks it against
 * the fuldmagter that hold today. See docs/decisions/0014-self-service.md.
 */
@NullMarked
package dk.sandkassen.selfservice;

import org.jspecify.annotations.NullMarked;
