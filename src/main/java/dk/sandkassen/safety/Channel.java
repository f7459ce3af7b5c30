package dk.sandkassen.safety;

import java.util.Locale;
import java.util.Optional;

/** Where a message arrives: the phone's text messages or the citizen's private e-mail. */
public enum Channel {
    SMS, EMAIL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Channel> fromId(String id) {
        for (Channel channel : values()) {
            if (channel.id().equals(id)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }
}
