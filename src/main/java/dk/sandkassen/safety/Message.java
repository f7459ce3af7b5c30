package dk.sandkassen.safety;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A message that arrived on the on-screen phone, written out for one person in one language.
 *
 * @param name    what scenario checks call it: the exercise's {@code ref}, else the template id
 * @param verdict the learner's latest answer, if any
 */
public record Message(MessageId id, String name, MessageTemplate template, Instant receivedAt, String sender,
                      @Nullable String subject, String body, @Nullable Verdict verdict, Locale language) {

    /**
     * A sentence ends at . ! ? (or the Arabic ؟) followed by a capital letter, a letter of a script
     * without capitals (Arabic) or an opening quote: "19,95 kr. i dag" stays one sentence.
     */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?؟])\\s+(?=[\\p{Lu}\\p{Lo}\"„«+])");

    public Channel channel() {
        return template.channel();
    }

    public boolean fake() {
        return template.fake();
    }

    public Optional<String> link() {
        return Optional.ofNullable(template.link());
    }

    /** Sender, subject, each sentence and the link, in the order they are shown. */
    public List<Part> parts() {
        return parts(sender, subject, body, template.link());
    }

    static List<Part> parts(String sender, @Nullable String subject, String body, @Nullable String link) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("sender", Part.Kind.SENDER, sender));
        if (subject != null) {
            parts.add(new Part("subject", Part.Kind.SUBJECT, subject));
        }
        int i = 0;
        for (String sentence : SENTENCE_END.split(body.strip())) {
            if (!sentence.isBlank()) {
                parts.add(new Part("s" + i++, Part.Kind.SENTENCE, sentence.strip()));
            }
        }
        if (link != null) {
            parts.add(new Part("link", Part.Kind.LINK, link));
        }
        return parts;
    }

    /** The words of {@code flag} in this message's language. */
    public String flagText(RedFlag flag) {
        return flag.text().in(language);
    }

    /** The part a red flag is in (the first one holding its words). */
    public Optional<Part> partOf(RedFlag flag) {
        String words = flagText(flag);
        return parts().stream().filter(part -> part.text().contains(words)).findFirst();
    }
}
