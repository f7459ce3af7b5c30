package dk.sandkassen.post;

import java.time.Instant;

/** A notification shown on the on-screen phone (sms) or in the on-screen e-mail. */
public record Notification(String channel, String address, String text, Instant at) {
}
