package dk.sandkassen.identity;

import java.util.Objects;

/** A Danish postal address: "Lærkevej 9, 1. tv" / "9293 Birkeby". */
public record Address(String street, String postcode, String city) {

    public Address {
        Objects.requireNonNull(street);
        Objects.requireNonNull(city);
        if (!postcode.matches("\\d{4}")) {
            throw new IllegalArgumentException("A Danish postcode has 4 digits: " + postcode);
        }
    }

    public String postalLine() {
        return postcode + " " + city;
    }

    @Override
    public String toString() {
        return street + ", " + postalLine();
    }
}
