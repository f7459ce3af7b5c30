package dk.sandkassen.post;

/** A file to hand to the browser: a letter's PDF, or a file attached to a written message. */
public record Download(String fileName, String contentType, byte[] bytes) {
}
