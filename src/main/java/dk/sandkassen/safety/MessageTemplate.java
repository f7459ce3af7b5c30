package dk.sandkassen.safety;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A message in the catalogue (src/main/resources/messages): where it arrives, whether it is a
 * fake, who it seems to come from, what it says (with placeholders), the link and the page
 * behind it (fakes only), and its red flags. Real messages have no link and no red flag.
 */
public record MessageTemplate(String id, Channel channel, boolean fake, Wording sender, @Nullable Wording subject,
                              Wording body, @Nullable String link, @Nullable FakePage page, List<RedFlag> flags) {

    public MessageTemplate {
        flags = List.copyOf(flags);
        if (!fake && (link != null || !flags.isEmpty())) {
            throw new IllegalArgumentException(id + ": a real message has no link and no red flag");
        }
        if (fake && flags.isEmpty()) {
            throw new IllegalArgumentException(id + ": a fake message needs its red flags");
        }
        if ((link == null) != (page == null)) {
            throw new IllegalArgumentException(id + ": a link needs the page behind it, and a page a link");
        }
    }
}
