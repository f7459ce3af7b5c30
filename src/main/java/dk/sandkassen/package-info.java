/**
 * Sandkassen: a disposable practice environment for Danish digital self-service.
 * Feature packages (identity, sandbox, login, post, access, scenario) expose their API at
 * their root; their {@code ui} and {@code internal} sub-packages are private to them.
 */
@NullMarked
package dk.sandkassen;

import org.jspecify.annotations.NullMarked;
