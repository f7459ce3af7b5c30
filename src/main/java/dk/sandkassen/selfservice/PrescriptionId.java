package dk.sandkassen.selfservice;

/** A prescription on a person's medicine card: {@code r1}, {@code r2}, ... */
public record PrescriptionId(String value) {

    public PrescriptionId {
        if (value == null || !value.matches("r\\d{1,2}")) {
            throw new IllegalArgumentException("Not a prescription id: " + value);
        }
    }
}
