package dk.sandkassen.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IdentityFactoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @EnumSource(Persona.class)
    void theSameSeedGivesTheSameCitizenAndRelatives(Persona persona) {
        assertThat(IdentityFactory.create(persona, 4711, TODAY)).isEqualTo(IdentityFactory.create(persona, 4711, TODAY));
    }

    @Test
    void theSameSeedGivesTheSamePeopleAllYear() {
        assertThat(IdentityFactory.create(Persona.PENSIONER, 42, LocalDate.of(2026, 1, 2)))
                .isEqualTo(IdentityFactory.create(Persona.PENSIONER, 42, LocalDate.of(2026, 12, 30)));
    }

    @ParameterizedTest
    @EnumSource(Persona.class)
    void differentSeedsGiveDifferentCitizens(Persona persona) {
        Set<Cpr> cprs = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (long seed = 1; seed <= 200; seed++) {
            Person citizen = IdentityFactory.create(persona, seed, TODAY).citizen();
            cprs.add(citizen.cpr());
            names.add(citizen.fullName());
        }
        assertThat(cprs).hasSize(200);
        assertThat(names).hasSizeGreaterThan(180);
    }

    @Test
    void namesAndTownsLookDanish() {
        for (long seed = 1; seed <= 2_000; seed++) {
            for (Person person : IdentityFactory.create(Persona.PENSIONER, seed, TODAY).everyone()) {
                assertThat(person.lastName()).as("seed " + seed).isNotIn("Sorensen", "Jorgensen", "Anderson", "Stromberg");
                assertThat(person.address().city()).as("seed " + seed).doesNotMatch("(?iu).*[aeiouyæøå]å");
            }
        }
    }

    @Test
    void theSmallSeedsTeachersChooseGiveMenAndWomenAlike() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        long women = java.util.stream.LongStream.rangeClosed(1, 100)
                .filter(seed -> IdentityFactory.create(Persona.YOUNG, seed, today).citizen().sex() == Sex.FEMALE)
                .count();
        assertThat(women).isBetween(30L, 70L);
    }

    @Test
    void relativesFitThePersona() {
        assertThat(roles(Persona.YOUNG)).containsExactly(Role.MOTHER, Role.FATHER);
        assertThat(roles(Persona.ADULT)).containsExactly(Role.SPOUSE, Role.MOTHER);
        assertThat(roles(Persona.PENSIONER)).containsExactly(Role.SPOUSE, Role.DAUGHTER, Role.SON);
        assertThat(roles(Persona.NEWCOMER)).containsExactly(Role.NEIGHBOUR, Role.VOLUNTEER);

        for (long seed = 0; seed < 500; seed++) {
            Household young = IdentityFactory.create(Persona.YOUNG, seed, TODAY);
            Person mother = young.relative(Role.MOTHER).orElseThrow();
            assertThat(mother.sex()).isEqualTo(Sex.FEMALE);
            assertThat(mother.ageOn(TODAY) - young.citizen().ageOn(TODAY)).isBetween(20, 42);
            assertThat(mother.address()).isEqualTo(young.citizen().address());

            Household pensioner = IdentityFactory.create(Persona.PENSIONER, seed, TODAY);
            Person daughter = pensioner.relative(Role.DAUGHTER).orElseThrow();
            assertThat(daughter.sex()).isEqualTo(Sex.FEMALE);
            assertThat(pensioner.citizen().ageOn(TODAY) - daughter.ageOn(TODAY)).isBetween(20, 40);
        }
    }

    @Test
    void contactDetailsCanNeverReachARealPerson() {
        for (Persona persona : Persona.values()) {
            for (long seed = 0; seed < 300; seed++) {
                for (Person person : IdentityFactory.create(persona, seed, TODAY).everyone()) {
                    assertThat(person.phone()).matches("\\+45 0\\d \\d\\d \\d\\d \\d\\d");
                    assertThat(person.email()).matches("[a-z0-9.-]+@example\\.(com|net|org)");
                    assertThat(person.address().postcode()).matches("\\d{4}");
                }
            }
        }
    }

    @Test
    void newcomersHaveNonDanishNamesAndDanishHelpers() {
        Set<String> danishSurnames = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            danishSurnames.add(IdentityFactory.create(Persona.ADULT, seed, TODAY).citizen().lastName());
        }
        long newcomersWithDanishSurnames = 0;
        for (long seed = 0; seed < 200; seed++) {
            if (danishSurnames.contains(IdentityFactory.create(Persona.NEWCOMER, seed, TODAY).citizen().lastName())) {
                newcomersWithDanishSurnames++;
            }
        }
        assertThat(newcomersWithDanishSurnames).isLessThan(10);
    }

    private static java.util.List<Role> roles(Persona persona) {
        return IdentityFactory.create(persona, 1, TODAY).relatives().stream().map(Person::role).toList();
    }
}
