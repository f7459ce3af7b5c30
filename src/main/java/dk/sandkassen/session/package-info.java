/**
 * The learner's HTTP session, stored by Spring Session JDBC so that it lives in the shared
 * database, with Vaadin's UI state kept live in memory on the node that serves the learner.
 * See docs/decisions/0003-spring-session-with-vaadin.md.
 */
@NullMarked
package dk.sandkassen.session;

import org.jspecify.annotations.NullMarked;
