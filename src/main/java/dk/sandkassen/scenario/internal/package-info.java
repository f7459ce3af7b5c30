/** Reading, validating and evaluating scenario files; private to the scenario feature. */
@NullMarked
package dk.sandkassen.scenario.internal;

import org.jspecify.annotations.NullMarked;
