/** The class's pages: starting one, the teacher's board, the projector, joining, and goodbye. */
@NamedInterface("ui")
@NullMarked
package dk.sandkassen.classroom.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
