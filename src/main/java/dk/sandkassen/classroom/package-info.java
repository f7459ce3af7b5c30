/**
 * Classroom mode: a teacher opens a class with a lesson, learners join by a short code, and
 * the teacher's board follows every learner's steps live. The root is the API; views are in
 * {@code ui}. See docs/decisions/0012-classes.md.
 */
@NullMarked
package dk.sandkassen.classroom;

import org.jspecify.annotations.NullMarked;
