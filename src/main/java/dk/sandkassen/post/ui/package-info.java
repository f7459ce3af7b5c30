/**
 * Digital Post's screens: the mailbox (folders, message list, the open letter), writing,
 * settings and NemSMS, and the exemption application. {@link dk.sandkassen.post.ui.PostNavigation}
 * and {@link dk.sandkassen.post.ui.NotificationsPanel} are what other features use.
 */
@NamedInterface("ui")
@NullMarked
package dk.sandkassen.post.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
