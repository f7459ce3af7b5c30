package dk.sandkassen.post;

import dk.sandkassen.identity.Person;
import java.util.List;

/**
 * "Vælg myndighed": the authorities a citizen can write to, by kind. Real public bodies by
 * name; nothing is ever sent to them, and every answer comes from Sandkassen.
 */
public final class Authorities {

    private Authorities() {
    }

    public static List<String> of(SenderCategory category, Person citizen) {
        String city = citizen.address().city();
        return switch (category) {
            case STAT -> List.of("Skattestyrelsen", "Udbetaling Danmark", "Digitaliseringsstyrelsen",
                    "Styrelsen for International Rekruttering og Integration", "Udlændingestyrelsen",
                    "Uddannelses- og Forskningsstyrelsen", "Færdselsstyrelsen");
            case REGION -> List.of("Region Hovedstaden", "Region Sjælland", "Region Syddanmark", "Region Midtjylland",
                    "Region Nordjylland");
            case KOMMUNE -> List.of(city + " Kommune", city + " Kommune, Jobcenter", city + " Kommune, Borgerservice",
                    city + " Kommune, Pension og Tillæg");
            case OEVRIGE -> List.of("Politiet", "Skifteretten i " + city, "Ankestyrelsen", "Familieretshuset");
        };
    }

    public static boolean exists(SenderCategory category, Person citizen, String name) {
        return of(category, citizen).contains(name);
    }
}
