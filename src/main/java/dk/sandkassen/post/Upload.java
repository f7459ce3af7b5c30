package dk.sandkassen.post;

/** A file attached to a message the citizen wrote (stored with the sandbox, gone with it). */
public record Upload(long id, String fileName, String contentType, long size) {
}
