/**
 * Safe digital habits: text messages and e-mails on the on-screen phone, real notices and fakes
 * from a catalogue of documented Danish fraud patterns (each with its red flags marked in the
 * data), a safe look-alike page behind a fake link that never keeps what is typed in it,
 * spotting red flags, a pressure call, and what to do after a mistake.
 * See docs/decisions/0013-safety-practice.md.
 */
@NullMarked
package dk.sandkassen.safety;

import org.jspecify.annotations.NullMarked;
