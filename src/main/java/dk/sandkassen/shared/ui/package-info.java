/** UI pieces shared by every feature: cards, badges, the definition list. */
@NamedInterface("ui")
@NullMarked
package dk.sandkassen.shared.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
