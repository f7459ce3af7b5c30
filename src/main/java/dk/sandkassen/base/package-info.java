/**
 * What every feature shares: the main layout with the practice banner, the language switch,
 * error pages and the translations.
 */
@NullMarked
package dk.sandkassen.base;

import org.jspecify.annotations.NullMarked;
