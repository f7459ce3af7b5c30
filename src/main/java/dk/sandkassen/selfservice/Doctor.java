package dk.sandkassen.selfservice;

import dk.sandkassen.identity.Address;

/**
 * A general practitioner in a kommune, as "Skift læge" lists them: all fictitious.
 *
 * @param open        whether the practice takes new patients ("åben for tilgang")
 * @param distanceKm  from the person's home, one decimal
 */
public record Doctor(ClinicId id, String doctor, String clinic, Address address, boolean open, double distanceKm) {
}
