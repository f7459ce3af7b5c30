/**
 * The application shell: the layout every page shares, the practice banner, the language
 * switch, the welcome and goodbye pages and the error pages. It composes the features;
 * no feature depends on it.
 */
@NullMarked
package dk.sandkassen.base.ui;

import org.jspecify.annotations.NullMarked;
