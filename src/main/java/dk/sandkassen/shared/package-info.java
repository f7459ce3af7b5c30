/**
 * Small building blocks every feature may use: languages and a few UI pieces. Depends on
 * no feature, so any feature can depend on it.
 */
@NullMarked
package dk.sandkassen.shared;

import org.jspecify.annotations.NullMarked;
