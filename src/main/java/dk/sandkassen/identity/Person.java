package dk.sandkassen.identity;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A fictitious person: the citizen the learner plays, or one of their relatives.
 * Birth date and sex are read from the CPR number, so they can never disagree with it.
 */
public record Person(Role role, String firstName, String lastName, Cpr cpr, Address address,
                     String phone, String email) {

    public Person {
        Objects.requireNonNull(role);
        Objects.requireNonNull(cpr);
        Objects.requireNonNull(address);
        if (firstName.isBlank() || lastName.isBlank()) {
            throw new IllegalArgumentException("A person has a first name and a surname");
        }
        if (!phone.startsWith("+45 0")) {
            throw new IllegalArgumentException("Sandbox phone numbers start with +45 0 so they can never be real: " + phone);
        }
        if (!email.matches("[a-z0-9.-]+@example\\.(com|net|org)")) {
            throw new IllegalArgumentException("Sandbox e-mail addresses use the reserved example domains: " + email);
        }
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public Sex sex() {
        return cpr.sex();
    }

    public LocalDate birthDate() {
        return cpr.birthDate();
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate(), day).getYears();
    }
}
