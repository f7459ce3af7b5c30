package dk.sandkassen.post;

/** The actor has no right to do this in that mailbox. The UI shows the translation key. */
public class PostAccessDenied extends RuntimeException {

    private final String messageKey;

    public PostAccessDenied(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
