package dk.sandkassen.selfservice;

import java.time.LocalDateTime;

/** An appointment the health record shows ("Aftaler"): where, when, and what it is for. */
public record Appointment(LocalDateTime at, String place, String purposeKey) {
}
