package dk.sandkassen.selfservice;

/** A doctor's "ydernummer": six digits (fictitious, from the sandbox's seed). */
public record ClinicId(String value) {

    public ClinicId {
        if (value == null || !value.matches("\\d{6}")) {
            throw new IllegalArgumentException("A ydernummer has six digits");
        }
    }
}
