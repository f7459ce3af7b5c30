/** The class's pages: starting one, the teacher's board, the projector, joining, and goodbye. */
@NullMarked
package dk.sandkassen.classroom.ui;

import org.jspecify.annotations.NullMarked;
