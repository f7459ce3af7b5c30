package dk.sandkassen.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyCardTest {

    @Test
    void theSameSeedGivesTheSameCard() {
        assertThat(KeyCard.generate(42)).isEqualTo(KeyCard.generate(42));
        assertThat(KeyCard.generate(42)).isNotEqualTo(KeyCard.generate(43));
    }

    @Test
    void aCardHas148UniqueKeyNumbersInAscendingOrderWith6DigitCodes() {
        for (long seed = 0; seed < 500; seed++) {
            KeyCard card = KeyCard.generate(seed);
            List<String> numbers = card.keys().stream().map(KeyCard.Key::number).toList();
            assertThat(numbers).hasSize(148).doesNotHaveDuplicates().isSorted();
            assertThat(numbers).allMatch(n -> n.matches("\\d{4}"));
            assertThat(card.keys()).allMatch(k -> k.code().matches("\\d{6}"));
            assertThat(card.cardNumber()).matches("[A-Z]\\d{9}");
        }
    }

    @Test
    void differentPeopleInOneSandboxHaveDifferentCards() {
        Set<String> numbers = new HashSet<>();
        for (dk.sandkassen.identity.Role role : dk.sandkassen.identity.Role.values()) {
            numbers.add(CredentialFactory.keyCard(4711, role).cardNumber());
        }
        assertThat(numbers).hasSize(dk.sandkassen.identity.Role.values().length);
    }

    @Test
    void aCardStartsPartlyUsedButWithPlentyLeft() {
        for (long seed = 0; seed < 200; seed++) {
            Set<String> used = CredentialFactory.preUsedKeys(seed, dk.sandkassen.identity.Role.SELF);
            assertThat(used.size()).isBetween(10, 39);
            Set<String> onCard = new HashSet<>(CredentialFactory.keyCard(seed, dk.sandkassen.identity.Role.SELF)
                    .keys().stream().map(KeyCard.Key::number).toList());
            assertThat(onCard).containsAll(used);
        }
    }
}
