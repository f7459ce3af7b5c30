package dk.sandkassen.safety;

/** A message on the on-screen phone, by its row. */
public record MessageId(long value) {

    public MessageId {
        if (value <= 0) {
            throw new IllegalArgumentException("A message id is positive: " + value);
        }
    }

    /** From a path segment; empty for anything that is not a positive number. */
    public static java.util.Optional<MessageId> parse(String text) {
        try {
            long value = Long.parseLong(text);
            return value > 0 ? java.util.Optional.of(new MessageId(value)) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
