/**
 * Exercises as data: the scenario files (their format is a contract, see
 * {@code scenarios/scenario.schema.json}), the library that loads and validates them, and the
 * engine that sets up an exercise's sandbox and checks the learner's progress live.
 */
@NullMarked
package dk.sandkassen.scenario;

import org.jspecify.annotations.NullMarked;
