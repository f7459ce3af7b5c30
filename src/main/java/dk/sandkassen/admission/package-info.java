/**
 * Who may start a new learner session on this node: a cap on open sessions (sized from the
 * heap), a rate limit per client for new visitors, a calm "full, try again shortly" page in
 * the visitor's language, short lives for sessions whose UI never starts, and the node's
 * readiness. See docs/decisions/0009-admission-control.md.
 */
@NullMarked
package dk.sandkassen.admission;

import org.jspecify.annotations.NullMarked;
