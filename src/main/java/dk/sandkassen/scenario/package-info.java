/**
 * Exercises as data: the scenario files (their format is a contract, see
 * {@code scenarios/scenario.schema.json}), the library that loads and validates them, and the
 * engine that sets up an exercise's sandbox and checks the learner's progress live. Lessons
 * (a class's exercises in order) are scenario files too, loaded and checked the same way
 * (docs/decisions/0011-lesson-files.md).
 */
@NullMarked
package dk.sandkassen.scenario;

import org.jspecify.annotations.NullMarked;
