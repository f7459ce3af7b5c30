package dk.sandkassen.login;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * A NemID key card (nøglekort): a card number and 148 keys, each a 4-digit key number with
 * the 6-digit code printed beside it, in ascending order of key number as on the real card.
 */
public record KeyCard(String cardNumber, List<Key> keys) {

    public static final int SIZE = 148;
    /** The real service sent a new card when this many codes were left. */
    public static final int RUNNING_LOW = 20;

    private static final Pattern KEY_NUMBER = Pattern.compile("\\d{4}");
    private static final Pattern CODE = Pattern.compile("\\d{6}");

    public record Key(String number, String code) {
        public Key {
            if (!KEY_NUMBER.matcher(number).matches() || !CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("A key is a 4-digit number and a 6-digit code");
            }
        }
    }

    public KeyCard {
        keys = List.copyOf(keys);
        if (keys.size() != SIZE) {
            throw new IllegalArgumentException("A key card has " + SIZE + " keys");
        }
    }

    /** The card of one person in one sandbox; the same seed always gives the same card. */
    public static KeyCard generate(long seed) {
        Random random = new Random(seed);
        String cardNumber = (char) ('A' + random.nextInt(26)) + "%09d".formatted(random.nextInt(1_000_000_000));
        boolean[] taken = new boolean[10_000];
        for (int drawn = 0; drawn < SIZE; ) {
            int number = random.nextInt(10_000);
            if (!taken[number]) {
                taken[number] = true;
                drawn++;
            }
        }
        List<Key> keys = new ArrayList<>(SIZE);
        for (int number = 0; number < taken.length; number++) {
            if (taken[number]) {
                keys.add(new Key(digits(number, 4), digits(random.nextInt(1_000_000), 6)));
            }
        }
        return new KeyCard(cardNumber, keys);
    }

    /** {@code value} with leading zeros to {@code width} digits: a card is made on every login step, cheaply. */
    private static String digits(int value, int width) {
        String plain = Integer.toString(value);
        return "0".repeat(width - plain.length()) + plain;
    }

    public Optional<String> codeFor(String keyNumber) {
        return keys.stream().filter(key -> key.number().equals(keyNumber)).map(Key::code).findFirst();
    }
}
