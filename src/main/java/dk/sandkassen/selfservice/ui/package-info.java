/** The "Selvbetjening" page and one page per solution, each ending with a receipt. */
@NullMarked
package dk.sandkassen.selfservice.ui;

import org.jspecify.annotations.NullMarked;
