package dk.sandkassen.selfservice;

import java.time.LocalDate;

/**
 * A prescription on the medicine card ("Medicinkortet" on sundhed.dk), fictitious but
 * ordinary: a common medicine by its generic name, the dose, what it is for, and until when
 * the pharmacy can hand it out.
 *
 * @param doseKey  the last part of the dose's translation key ({@code selfservice.dose.*})
 * @param left     hand-outs left at the pharmacy
 * @param renewed  renewed in this sandbox
 */
public record Prescription(PrescriptionId id, String medicine, String doseKey, String purposeKey, LocalDate validUntil,
                           int left, boolean renewed) {

    /** Whether renewal can be asked for: it runs out soon, or nothing is left to hand out. */
    public boolean renewable(LocalDate today) {
        return !renewed && (left == 0 || !validUntil.isAfter(today.plusDays(30)));
    }
}
