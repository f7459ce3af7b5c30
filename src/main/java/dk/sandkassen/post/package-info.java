/**
 * Digital Post: a realistic pre-seeded mailbox (a catalogue of fictitious letters from the
 * senders of reference (b)), folders, reading, moving, deleting and restoring, searching,
 * writing to authorities and replying, notifications on the on-screen phone, NemSMS, and
 * the practice application for exemption. Every action is a sandbox event.
 */
@NullMarked
package dk.sandkassen.post;

import org.jspecify.annotations.NullMarked;
