/** The self-service tables; every query is scoped by sandbox and person. */
@NullMarked
package dk.sandkassen.selfservice.internal;

import org.jspecify.annotations.NullMarked;
