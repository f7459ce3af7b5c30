/**
 * What an operator measures: open sessions, live sandboxes and the heap they take, through
 * a Spring Boot Actuator endpoint that is off unless exposed (docs/performance.md).
 */
@NullMarked
package dk.sandkassen.ops;

import org.jspecify.annotations.NullMarked;
