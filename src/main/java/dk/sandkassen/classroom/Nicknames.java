package dk.sandkassen.classroom;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * Friendly Danish nicknames, adjective and animal ("Glad Grævling"): a learner is never known
 * by their real name on a board a projector might show. 20 × 22 = 440 of them; a class holds
 * at most {@link ClassService#MAX_MEMBERS}.
 */
final class Nicknames {

    private static final List<String> ADJECTIVES = List.of("Glad", "Modig", "Rolig", "Venlig", "Klog", "Hurtig",
            "Flittig", "Munter", "Nysgerrig", "Frisk", "Stille", "Kvik", "Lun", "Blid", "Sej", "Rar", "Snild",
            "Vågen", "Kæk", "Flink");
    private static final List<String> ANIMALS = List.of("Grævling", "Ugle", "Ræv", "Egern", "Hare", "Sæl", "Odder",
            "Mår", "Pindsvin", "Spætte", "Lærke", "Mus", "Tudse", "Hjort", "Bæver", "Panda", "Delfin", "Pingvin",
            "Skildpadde", "Los", "Elg", "Sommerfugl");

    private Nicknames() {
    }

    /** A nickname nobody in the class has yet (by {@code taken}). */
    static String suggest(Predicate<String> taken) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 200; attempt++) {
            String name = ADJECTIVES.get(random.nextInt(ADJECTIVES.size())) + " "
                    + ANIMALS.get(random.nextInt(ANIMALS.size())).toLowerCase(java.util.Locale.ROOT);
            if (!taken.test(name)) {
                return name;
            }
        }
        for (String adjective : ADJECTIVES) {
            for (String animal : ANIMALS) {
                String name = adjective + " " + animal.toLowerCase(java.util.Locale.ROOT);
                if (!taken.test(name)) {
                    return name;
                }
            }
        }
        throw new IllegalStateException("No nickname left");
    }
}
