package dk.sandkassen.admission;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of readiness ("capacity"): a full node is out of service for new learners, so that a load balancer
 * sends them to another node; those inside carry on (liveness stays up).
 */
@Component
class CapacityHealthIndicator implements HealthIndicator {

    private final Capacity capacity;

    CapacityHealthIndicator(Capacity capacity) {
        this.capacity = capacity;
    }

    @Override
    public Health health() {
        Health.Builder builder = capacity.isFull() ? Health.outOfService() : Health.up();
        return builder.withDetail("learners", capacity.openSessions()).withDetail("sessions", capacity.allSessions()).withDetail("maxSessions", capacity.maxSessions())
                .build();
    }
}
