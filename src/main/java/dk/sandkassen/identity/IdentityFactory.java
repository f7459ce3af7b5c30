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
}
