package dk.sandkassen.post;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sandkassen.identity.Household;
import dk.sandkassen.identity.IdentityFactory;
import dk.sandkassen.identity.Persona;
import dk.sandkassen.identity.Sex;
import java.time.LocalDate;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each persona's mailbox is realistic: 20–50 letters, from senders that fit the person, reproducible. */
class MailboxGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LetterCatalogue CATALOGUE = new LetterCatalogue();
    private static final MailboxGenerator GENERATOR = new MailboxGenerator(CATALOGUE);

    @ParameterizedTest
    @EnumSource(Persona.class)
    void everyPersonaGets20To50LettersSomeReadSomeUnreadOverTheLastMonths(Persona persona) {
        IntSummaryStatistics sizes = new IntSummaryStatistics();
        for (long seed = 0; seed < 300; seed++) {
            List<Letter> letters = GENERATOR.citizen(IdentityFactory.create(persona, seed, TODAY), TODAY);
            sizes.accept(letters.size());
            assertThat(letters.size()).as("seed %d", seed).isBetween(20, 50);
            assertThat(letters).anyMatch(Letter::unread).anyMatch(l -> !l.unread());
            assertThat(letters.stream().map(l -> l.receivedAt().atZone(java.time.ZoneId.of("Europe/Copenhagen")).toLocalDate()))
                    .allMatch(d -> !d.isAfter(TODAY))
                    .anyMatch(d -> d.isBefore(TODAY.minusMonths(2)));
            assertThat(letters).allMatch(l -> l.folder().equals(FolderRef.INBOX));
        }
        System.out.println(persona + ": " + sizes);
    }

    @Test
    void lettersFitThePerson() {
        for (long seed = 0; seed < 200; seed++) {
            assertThat(templates(Persona.PENSIONER, seed)).contains("pension-aarsbrev").doesNotContain("forsvarets-dag", "jobcenter-samtale");
            assertThat(templates(Persona.NEWCOMER, seed)).contains("opholdstilladelse", "sprogcenter").doesNotContain("pension-aarsbrev");
            assertThat(templates(Persona.ADULT, seed)).doesNotContain("forsvarets-dag", "opholdstilladelse", "pension-aarsbrev");
            Household young = IdentityFactory.create(Persona.YOUNG, seed, TODAY);
            Set<String> youngLetters = templates(young);
            assertThat(youngLetters).contains("digital-postkasse-15").doesNotContain("pension-aarsbrev", "jobcenter-samtale");
            if (young.citizen().sex() == Sex.MALE && young.citizen().ageOn(TODAY) >= 17) {
                assertThat(youngLetters).contains("forsvarets-dag");
            }
        }
    }

    @Test
    void aMonthlyLetterComesOnceAMonth() {
        for (long seed = 1; seed <= 200; seed++) {
            for (Persona persona : Persona.values()) {
                Household household = IdentityFactory.create(persona, seed, TODAY);
                var seen = new java.util.HashSet<String>();
                for (var letter : GENERATOR.citizen(household, TODAY)) {
                    if (CATALOGUE.get(letter.templateId()).monthly()) {
                        String month = letter.templateId() + " " + java.time.YearMonth.from(letter.receivedAt()
                                .atZone(java.time.ZoneId.of("Europe/Copenhagen")));
                        assertThat(seen.add(month)).as("seed " + seed + ": two of " + month).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameMailbox() {
        Household household = IdentityFactory.create(Persona.ADULT, 4711, TODAY);
        assertThat(GENERATOR.citizen(household, TODAY)).isEqualTo(GENERATOR.citizen(household, TODAY));
        assertThat(GENERATOR.citizen(IdentityFactory.create(Persona.ADULT, 4712, TODAY), TODAY))
                .isNotEqualTo(GENERATOR.citizen(household, TODAY));
    }

    @Test
    void relativesHaveASmallMailboxOfTheirOwn() {
        Household household = IdentityFactory.create(Persona.PENSIONER, 42, TODAY);
        household.relatives().forEach(relative ->
                assertThat(GENERATOR.relative(household, relative, TODAY)).hasSizeBetween(2, 6)
                        .allMatch(l -> l.owner() == relative.role()));
    }

    private static Set<String> templates(Persona persona, long seed) {
        return templates(IdentityFactory.create(persona, seed, TODAY));
    }

    private static Set<String> templates(Household household) {
        return GENERATOR.citizen(household, TODAY).stream().map(Letter::templateId).collect(Collectors.toSet());
    }
}
