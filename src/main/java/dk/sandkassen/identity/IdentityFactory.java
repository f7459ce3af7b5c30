package dk.sandkassen.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * Makes the fictitious household of a sandbox from its persona and seed. The same persona,
 * seed and calendar year always give the same people; every random value comes from the seed.
 */
@Component
public class IdentityFactory {

    private final Clock clock;

    public IdentityFactory(Clock clock) {
        this.clock = clock;
    }

    public Household create(Persona persona, long seed) {
        return create(persona, seed, LocalDate.now(clock));
    }

    public static Household create(Persona persona, long seed, LocalDate today) {
        PersonGenerator people = new PersonGenerator(new Random(Seeds.mix(seed)), today);
        Person citizen = persona == Persona.NEWCOMER
                ? people.newcomer(Role.SELF, persona.minAge(), persona.maxAge())
                : people.dane(Role.SELF, persona.minAge(), persona.maxAge(), null);
        List<Person> relatives = new ArrayList<>();
        for (RelativeSpec spec : RelativeSpec.forPersona(persona)) {
            relatives.add(people.relative(spec, citizen));
        }
        return new Household(persona, seed, citizen, relatives);
    }

    /**
     * Fictitious addresses from the same generator as the people's homes (for "Anmeld flytning"):
     * the same seed gives the same addresses.
     */
    public static List<Address> addresses(long seed, int count) {
        PersonGenerator generator = new PersonGenerator(new Random(Seeds.mix(seed)), LocalDate.of(2000, 1, 1));
        List<Address> addresses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            addresses.add(generator.address());
        }
        return addresses;
    }

    /** Fictitious Danish full names of people outside the household (doctors, say), from a seed. */
    public static List<String> names(long seed, int count) {
        PersonGenerator generator = new PersonGenerator(new Random(Seeds.mix(seed)), LocalDate.of(2000, 1, 1));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(generator.danishName());
        }
        return names;
    }
}
