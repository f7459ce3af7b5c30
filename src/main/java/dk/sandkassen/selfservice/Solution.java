package dk.sandkassen.selfservice;

import dk.sandkassen.access.Area;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The practice self-service solutions, each with the fuldmagt area that lets a relative use it
 * and the address of its page ({@code selvbetjening/<path>}).
 */
public enum Solution {
    DOCTOR(Area.DOCTOR, "laege"),
    MOVE(Area.MOVING, "flytning"),
    TAX(Area.TAX, "forskud"),
    PRESCRIPTIONS(Area.HEALTH, "medicin");

    private final Area area;
    private final String path;

    Solution(Area area, String path) {
        this.area = area;
        this.path = path;
    }

    public Area area() {
        return area;
    }

    /** The last part of the page's address: {@code laege}, {@code flytning}, ... */
    public String path() {
        return path;
    }

    /** The id in events and translation keys: {@code doctor}, {@code move}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Solution> forArea(Area area) {
        return Arrays.stream(values()).filter(s -> s.area == area).findFirst();
    }
}
