package dk.sandkassen.base;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What a translation must keep of a message: its arguments and, per language, its plural forms. */
final class MessageShape {

    private MessageShape() {
    }

    /** The numbered arguments, {0} {1, plural, …} alike. */
    static Set<Integer> arguments(String message) {
        Set<Integer> numbers = new TreeSet<>();
        MessagePattern pattern = parse(message);
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                numbers.add(part.getValue());
            }
        }
        return numbers;
    }

    /**
     * Each plural has "other" and only the language's CLDR categories (Arabic: zero one two few
     * many other; Ukrainian: one few many other; Danish and English: one other). A translation
     * may leave out a category whose words are the same as "other"'s (Ukrainian genitive plural
     * after "з", unvocalised Arabic for 11–99 and 100), may use an explicit {@code =0}, and may
     * do without a plural by its wording ("Учнів: 3").
     */
    static List<String> pluralProblems(String message, String language) {
        Set<String> categories = PluralRules.forLocale(ULocale.forLanguageTag(language)).getKeywords();
        List<String> problems = new ArrayList<>();
        MessagePattern pattern = parse(message);
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part start = pattern.getPart(i);
            if (start.getType() != MessagePattern.Part.Type.ARG_START || start.getArgType() != MessagePattern.ArgType.PLURAL) {
                continue;
            }
            Set<String> used = new TreeSet<>();
            int limit = pattern.getLimitPartIndex(i);
            for (int j = i + 1; j < limit; j++) {
                MessagePattern.Part part = pattern.getPart(j);
                if (part.getType() == MessagePattern.Part.Type.MSG_START) {
                    j = pattern.getLimitPartIndex(j); // a nested message: its selectors are its own
                } else if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR && !pattern.getSubstring(part).startsWith("=")) {
                    used.add(pattern.getSubstring(part));
                }
            }
            if (!used.contains("other") || !categories.containsAll(used)) {
                problems.add("a plural with " + used + ", but " + language + " has the forms " + new TreeSet<>(categories)
                        + " (other always)");
            }
        }
        return problems;
    }

    private static MessagePattern parse(String message) {
        return new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL)
                .parse(message.matches("(?s).*\\{\\d.*") ? message : "");
    }
}
