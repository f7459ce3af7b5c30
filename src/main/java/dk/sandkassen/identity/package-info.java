/**
 * The fictitious people of a sandbox: the citizen the learner plays and their relatives.
 * Everything here is derived from a seed; nothing refers to a real person.
 */
@NullMarked
package dk.sandkassen.identity;

import org.jspecify.annotations.NullMarked;
