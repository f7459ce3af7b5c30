/**
 * Digital Post's screens: the mailbox (folders, message list, the open letter), writing,
 * settings and NemSMS, and the exemption application. {@link dk.sandkassen.post.ui.PostNavigation}
 * is what other features use (the notifications are shown by the phone's apps, in the safety feature).
 */
@NamedInterface("ui")
@NullMarked
package dk.sandkassen.post.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
