/**
 * The sandbox: one learner's disposable world (citizen, relatives, and everything features
 * add), its lifecycle (create, start over, end, purge on session end, sweep) and the events
 * that record what the learner did. See docs/decisions/0002-sandbox-session-binding.md.
 */
@NullMarked
package dk.sandkassen.sandbox;

import org.jspecify.annotations.NullMarked;
