/**
 * Helping a relative the legal ways, practised from both sides: read access to Digital Post
 * (the current whole-mailbox model and the older folder model) and digital fuldmagt. The
 * rules are enforced here, in the service layer, for every read: see {@link AccessPolicy}.
 */
@NullMarked
package dk.sandkassen.access;

import org.jspecify.annotations.NullMarked;
