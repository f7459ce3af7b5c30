package dk.sandkassen.access;

import dk.sandkassen.identity.Person;
import dk.sandkassen.identity.Role;
import dk.sandkassen.sandbox.Sandbox;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the person a form names by name and CPR number, as the real forms do: both must
 * match someone in the sandbox (never a real person — a real-looking number is refused in the UI).
 */
final class People {

    /** The person found, or the translation key of what did not match. */
    record Found(Optional<Role> role, Optional<String> problem) {
    }

    private People() {
    }

    /** Longer than any name or CPR number typed by hand: refused before it is looked at. */
    static final int MAX_NAME = 200;
    static final int MAX_CPR = 20;

    static Found byNameAndCpr(Sandbox sandbox, Role notMe, String fullName, String cprText) {
        if (fullName.length() > MAX_NAME) {
            return new Found(Optional.empty(), Optional.of("access.name-too-long"));
        }
        if (cprText.length() > MAX_CPR) {
            return new Found(Optional.empty(), Optional.of("access.person-not-found"));
        }
        String digits = cprText.replaceAll("[\\s-]", "");
        Optional<Person> byCpr = sandbox.household().everyone().stream()
                .filter(p -> p.cpr().value().equals(digits))
                .findFirst();
        if (byCpr.isEmpty()) {
            return new Found(Optional.empty(), Optional.of("access.person-not-found"));
        }
        Person person = byCpr.get();
        if (person.role() == notMe) {
            return new Found(Optional.empty(), Optional.of("access.not-yourself"));
        }
        if (!normalise(person.fullName()).equals(normalise(fullName))) {
            return new Found(Optional.empty(), Optional.of("access.name-mismatch"));
        }
        return new Found(Optional.of(person.role()), Optional.empty());
    }

    static String name(Sandbox sandbox, Role role) {
        return sandbox.household().person(role).map(Person::fullName).orElse(role.id());
    }

    private static String normalise(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
