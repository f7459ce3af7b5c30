package dk.sandkassen.identity;

/** Legal sex as the CPR number encodes it: the last digit is even for women, odd for men. */
public enum Sex {
    FEMALE, MALE;

    boolean matches(int lastDigit) {
        return (lastDigit % 2 == 0) == (this == FEMALE);
    }
}
