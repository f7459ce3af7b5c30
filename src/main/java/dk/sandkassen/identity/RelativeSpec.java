package dk.sandkassen.identity;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who a persona's relatives are, how old they are, and whether they live with the citizen.
 * Young people have their parents; an adult has a spouse and an elderly mother to help; a
 * pensioner has a spouse and grown-up children; a newcomer has a Danish neighbour and a
 * volunteer helper (the people who really help newcomers with Digital Post).
 *
 * @param sex              null when either is fine (a spouse, a neighbour)
 * @param relativeToCitizen whether {@code minAge..maxAge} is an offset from the citizen's age
 */
record RelativeSpec(Role role, @Nullable Sex sex, int minAge, int maxAge, boolean relativeToCitizen,
                    boolean livesWithCitizen, boolean sharesSurname) {

    static RelativeSpec family(Role role, @Nullable Sex sex, int minOffset, int maxOffset,
                               boolean livesWithCitizen, boolean sharesSurname) {
        return new RelativeSpec(role, sex, minOffset, maxOffset, true, livesWithCitizen, sharesSurname);
    }

    static RelativeSpec acquaintance(Role role, int minAge, int maxAge) {
        return new RelativeSpec(role, null, minAge, maxAge, false, false, false);
    }

    static List<RelativeSpec> forPersona(Persona persona) {
        return switch (persona) {
            case YOUNG -> List.of(
                    family(Role.MOTHER, Sex.FEMALE, 22, 40, true, true),
                    family(Role.FATHER, Sex.MALE, 22, 42, true, true));
            case ADULT -> List.of(
                    family(Role.SPOUSE, null, -5, 5, true, false),
                    family(Role.MOTHER, Sex.FEMALE, 20, 34, false, true));
            case PENSIONER -> List.of(
                    family(Role.SPOUSE, null, -5, 4, true, true),
                    family(Role.DAUGHTER, Sex.FEMALE, -38, -24, false, false),
                    family(Role.SON, Sex.MALE, -38, -24, false, true));
            case NEWCOMER -> List.of(
                    acquaintance(Role.NEIGHBOUR, 30, 75),
                    acquaintance(Role.VOLUNTEER, 55, 74));
        };
    }

    /** The relative's age range given the citizen's age; never below 18 or above 98. */
    int ageFrom(int citizenAge, java.util.random.RandomGenerator random) {
        int low = relativeToCitizen ? citizenAge + minAge : minAge;
        int high = relativeToCitizen ? citizenAge + maxAge : maxAge;
        low = Math.max(18, Math.min(low, 98));
        high = Math.max(low, Math.min(high, 98));
        return low + random.nextInt(high - low + 1);
    }
}
