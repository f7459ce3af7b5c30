package dk.sandkassen.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What a fuldmagt can cover (the area ids of the scenario format). */
public enum Area {
    POST, TAX, HEALTH, PENSION, HOUSING, MOVING, DOCTOR, SU;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Area> fromId(String id) {
        for (Area area : values()) {
            if (area.id().equals(id)) {
                return Optional.of(area);
            }
        }
        return Optional.empty();
    }

    static String encode(Set<Area> areas) {
        return areas.stream().map(Area::id).sorted().collect(Collectors.joining(","));
    }

    static Set<Area> decode(String text) {
        Set<Area> areas = EnumSet.noneOf(Area.class);
        Arrays.stream(text.split(",")).map(String::strip).map(Area::fromId).flatMap(Optional::stream).forEach(areas::add);
        return areas;
    }
}
