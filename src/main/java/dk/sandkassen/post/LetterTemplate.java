package dk.sandkassen.post;

import dk.sandkassen.identity.Persona;
import dk.sandkassen.identity.Sex;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A letter in the catalogue (src/main/resources/letters): who sends it, what it says (with
 * placeholders), whether "Besvar" is allowed, whether it carries a PDF, and who gets it.
 */
public record LetterTemplate(String id, String sender, SenderCategory category, String subject, boolean replyAllowed,
                             @Nullable String attachment, Audience audience, int minCount, int maxCount,
                             int minDaysAgo, int maxDaysAgo, boolean monthly, String body) {

    /** Who gets the letter in their standard mailbox; an empty audience means nobody (sent on demand). */
    public record Audience(Set<Persona> personas, @Nullable Sex sex, int minAge, int maxAge) {

        public boolean includes(Persona persona, Sex personSex, int age) {
            return personas.contains(persona) && (sex == null || sex == personSex) && age >= minAge && age <= maxAge;
        }
    }

    public boolean hasAttachment() {
        return attachment != null;
    }
}
