/** The safety feature's table; only the feature's services use it. */
@NullMarked
package dk.sandkassen.safety.internal;

import org.jspecify.annotations.NullMarked;
