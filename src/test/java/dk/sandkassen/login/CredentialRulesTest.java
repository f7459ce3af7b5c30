package dk.sandkassen.login;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sandkassen.identity.Cpr;
import dk.sandkassen.identity.IdentityFactory;
import dk.sandkassen.identity.Person;
import dk.sandkassen.identity.Persona;
import java.time.LocalDate;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of reference §2.1 (NemID) and §2.2 (MitID) where the learner chooses. */
class CredentialRulesTest {

    private static final Cpr CPR = Cpr.parse("670352-0004");

    @ParameterizedTest
    @CsvSource({
            "2580,",
            "1111,rules.nemid-password.same-digits",
            "1234,rules.nemid-password.run",
            "9876,rules.nemid-password.run",
            "0352,rules.nemid-password.in-cpr",
            "abc12,rules.nemid-password.length",
            "kaffe2847,",
            "kaffekop,rules.nemid-password.letters-and-digits",
            "123456,rules.nemid-password.letters-and-digits",
            "kæffe2847,rules.nemid-password.danish-letters",
            "kaaaaffe1,rules.nemid-password.four-in-a-row",
            "KaFfe-2847!,",
            "abc6703520004,rules.nemid-password.in-cpr",
    })
    void nemIdPasswords(String password, String problem) {
        assertThat(CredentialRules.nemIdPassword(password, CPR).orElse(null)).isEqualTo(problem);
    }

    @Test
    void nemIdPasswordsMayNotStartOrEndWithABlank() {
        assertThat(CredentialRules.nemIdPassword(" kaffe2847", CPR)).contains("rules.blank-at-end");
        assertThat(CredentialRules.nemIdPassword("a".repeat(20) + "1".repeat(21), CPR)).contains("rules.nemid-password.length");
    }

    @ParameterizedTest
    @CsvSource({
            "karen.h58,",
            "Søren_Ø-1@hus,",
            "abcd,rules.mitid-user-id.length",
            "kar en,rules.mitid-user-id.characters",
            "6703520004,rules.user-id.digits",
            "670352-0004,rules.user-id.digits",
            "karen#1,rules.mitid-user-id.characters",
    })
    void mitIdUserIds(String userId, String problem) {
        assertThat(CredentialRules.mitIdUserId(userId).orElse(null)).isEqualTo(problem);
    }

    @Test
    void mitIdUserIdsAreAtMost48CharactersWithoutBlanksAtTheEnds() {
        assertThat(CredentialRules.mitIdUserId("a".repeat(48))).isEmpty();
        assertThat(CredentialRules.mitIdUserId("a".repeat(49))).contains("rules.mitid-user-id.length");
        assertThat(CredentialRules.mitIdUserId(" karen.h58")).contains("rules.blank-at-end");
    }

    @ParameterizedTest
    @CsvSource({"karen1,", "kar,rules.nemid-user-id.length", "karen.h,rules.nemid-user-id.characters",
            "6703520004,rules.user-id.digits"})
    void nemIdUserIds(String userId, String problem) {
        assertThat(CredentialRules.nemIdUserId(userId).orElse(null)).isEqualTo(problem);
    }

    @Test
    void generatedCredentialsFollowTheirOwnRules() {
        for (Persona persona : Persona.values()) {
            for (long seed = 0; seed < 300; seed++) {
                var household = IdentityFactory.create(persona, seed, LocalDate.of(2026, 11, 23));
                HashSet<String> taken = new HashSet<>();
                for (Person person : household.everyone()) {
                    Credentials c = CredentialFactory.create(seed, person, taken);
                    assertThat(CredentialRules.nemIdPassword(c.nemIdPassword(), person.cpr())).as(c.nemIdPassword()).isEmpty();
                    assertThat(CredentialRules.mitIdUserId(c.mitIdUserId())).as(c.mitIdUserId()).isEmpty();
                    assertThat(c.appPin()).matches("\\d{6}");
                }
                assertThat(taken).hasSize(household.everyone().size());
            }
        }
    }
}
