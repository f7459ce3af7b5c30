/**
 * The screens for read access ("Læse- og skriveadgang") and Digital Fuldmagt, and acting on
 * someone's behalf.
 */
@NullMarked
package dk.sandkassen.access.ui;

import org.jspecify.annotations.NullMarked;
