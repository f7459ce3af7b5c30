package dk.sandkassen.login;

import dk.sandkassen.identity.Person;
import dk.sandkassen.identity.Role;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Makes a person's practice credentials from the sandbox seed: passwords a learner can type
 * (a word and four digits), a MitID user-ID from the name, an app PIN, and the key card.
 */
final class CredentialFactory {

    /** Plain Danish words without æ, ø and å, which NemID passwords may not contain. */
    private static final List<String> WORDS = List.of("sommer", "vinter", "kaffe", "hygge", "cykel", "skov",
            "regn", "kage", "have", "storm", "fjord", "bakke", "lampe", "havre", "sild", "mose", "sand", "kirke",
            "tulipan", "rosen", "ugle", "hest", "bonde", "dommer", "maler", "kringle", "pandekage", "baad");

    private CredentialFactory() {
    }

    static long seedFor(long sandboxSeed, Role role, String purpose) {
        return sandboxSeed * 1_000_003L + role.ordinal() * 7_919L + purpose.hashCode();
    }

    static KeyCard keyCard(long sandboxSeed, Role role) {
        return KeyCard.generate(seedFor(sandboxSeed, role, "key-card"));
    }

    /**
     * Keys already crossed off when the sandbox starts: the card has been in use for a while,
     * as a real one would have.
     */
    static Set<String> preUsedKeys(long sandboxSeed, Role role) {
        KeyCard card = keyCard(sandboxSeed, role);
        Random random = new Random(seedFor(sandboxSeed, role, "pre-used"));
        Set<String> used = new HashSet<>();
        int count = 10 + random.nextInt(30);
        while (used.size() < count) {
            used.add(card.keys().get(random.nextInt(KeyCard.SIZE)).number());
        }
        return used;
    }

    static Credentials create(long sandboxSeed, Person person, Set<String> takenUserIds) {
        Random random = new Random(seedFor(sandboxSeed, person.role(), "credentials"));
        String nemIdPassword = WORDS.get(random.nextInt(WORDS.size())) + fourDigits(random);
        String mitIdPassword = capitalised(WORDS.get(random.nextInt(WORDS.size()))) + fourDigits(random);
        String userId = mitIdUserId(person, random);
        while (!takenUserIds.add(userId.toLowerCase(Locale.ROOT))) {
            userId = mitIdUserId(person, random);
        }
        return new Credentials(person.role(), person.cpr(), null, nemIdPassword, userId, mitIdPassword, pin(random),
                0, false, 0, false, null, 0);
    }

    private static String mitIdUserId(Person person, Random random) {
        String first = ascii(person.firstName());
        String last = ascii(person.lastName());
        return first + "." + last.substring(0, Math.min(3, last.length())) + (10 + random.nextInt(90));
    }

    private static String pin(Random random) {
        while (true) {
            String pin = "%06d".formatted(random.nextInt(1_000_000));
            if (pin.chars().distinct().count() > 2) {
                return pin;
            }
        }
    }

    /** Four digits, never all the same (a password may not have a character four times in a row). */
    private static String fourDigits(Random random) {
        while (true) {
            String digits = "%04d".formatted(1000 + random.nextInt(9000));
            if (digits.chars().distinct().count() > 1) {
                return digits;
            }
        }
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String ascii(String name) {
        String danish = name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        String plain = Normalizer.normalize(danish, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^a-z]", "");
        return plain.isEmpty() ? "bruger" : plain;
    }
}
