package dk.sandkassen.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CprTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @EnumSource(Persona.class)
    void everyGeneratedCitizenHasAFictitiousCprThatIsOtherwiseValidForThePersona(Persona persona) {
        for (long seed = 0; seed < 10_000; seed++) {
            Person citizen = IdentityFactory.create(persona, seed, TODAY).citizen();
            String digits = citizen.cpr().value();

            int day = Integer.parseInt(digits.substring(0, 2));
            assertThat(day).as("birth day field of %s", digits).isBetween(61, 91);
            assertThat(citizen.birthDate().getDayOfMonth()).isEqualTo(day - 60);
            assertThat(digits.substring(2, 4)).isEqualTo("%02d".formatted(citizen.birthDate().getMonthValue()));
            assertThat(digits.substring(4, 6)).isEqualTo("%02d".formatted(citizen.birthDate().getYear() % 100));
            assertThat(centuryOf(digits)).as("century digit of %s", digits).isEqualTo(citizen.birthDate().getYear() / 100 * 100);
            assertThat((digits.charAt(9) - '0') % 2 == 0).as("sex digit of %s", digits).isEqualTo(citizen.sex() == Sex.FEMALE);
            assertThat(Period.between(citizen.birthDate(), TODAY).getYears())
                    .as("age of %s", citizen).isBetween(persona.minAge(), persona.maxAge());
            assertThat(Cpr.looksReal(digits)).isFalse();
        }
    }

    @Test
    void relativesHaveFictitiousCprNumbersToo() {
        for (Persona persona : Persona.values()) {
            for (long seed = 0; seed < 2_000; seed++) {
                for (Person relative : IdentityFactory.create(persona, seed, TODAY).relatives()) {
                    assertThat(Integer.parseInt(relative.cpr().value().substring(0, 2))).isBetween(61, 91);
                    assertThat(relative.ageOn(TODAY)).isBetween(17, 98);
                }
            }
        }
    }

    @Test
    void theExamplesFromTheReferencePassModulus11AndCarryTheirBirthDate() {
        Cpr pensioner = Cpr.parse("670352-0004");
        assertThat(pensioner.birthDate()).isEqualTo(LocalDate.of(1952, 3, 7));
        assertThat(pensioner.sex()).isEqualTo(Sex.FEMALE);
        assertThat(pensioner.passesModulus11()).isTrue();
        assertThat(Cpr.parse("651109-4001").birthDate()).isEqualTo(LocalDate.of(2009, 11, 5));
        assertThat(Cpr.parse("651109-4001").sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void aRealLookingNumberIsNotAcceptedAsFictitious() {
        assertThatThrownBy(() -> Cpr.parse("070352-0004")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cpr.parse("923152-0004")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cpr.parse("673152-0004")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Cpr.looksReal("070352-0004")).isTrue();
        assertThat(Cpr.looksReal("0703520004")).isTrue();
        assertThat(Cpr.looksReal("670352-0004")).isFalse();
        assertThat(Cpr.looksReal("1234")).isFalse();
    }

    private static int centuryOf(String digits) {
        int yy = Integer.parseInt(digits.substring(4, 6));
        int d7 = digits.charAt(6) - '0';
        if (d7 <= 3) {
            return 1900;
        }
        if (d7 == 4 || d7 == 9) {
            return yy <= 36 ? 2000 : 1900;
        }
        return yy <= 57 ? 2000 : 1800;
    }
}
