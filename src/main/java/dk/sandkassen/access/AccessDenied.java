package dk.sandkassen.access;

/** Not allowed, or not there (the same answer, so nothing leaks). The UI shows the key's text. */
public class AccessDenied extends RuntimeException {

    private final String messageKey;

    public AccessDenied(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
