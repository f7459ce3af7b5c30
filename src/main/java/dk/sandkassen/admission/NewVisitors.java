package dk.sandkassen.admission;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.OptionalLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client address for new sessions (each of which becomes a sandbox). The
 * default lets a class of 30 behind one school router in at once — a burst of 60 — and then
 * one more every 6 seconds (10 a minute): a flood from one address is refused after the
 * burst, while a second class an hour later finds the bucket full again. The client address
 * is the connection's, or the forwarding proxy's {@code X-Forwarded-For} only when that
 * proxy is trusted (the server's remote-IP settings, docs/deploy.md). The buckets are held
 * for at most {@code sandkassen.rate.clients} addresses, each forgotten after 15 idle minutes.
 */
@Component
class NewVisitors {

    private final Cache<String, Bucket> buckets;
    private final Bandwidth limit;

    NewVisitors(@Value("${sandkassen.rate.new-sessions.burst:60}") int burst,
                @Value("${sandkassen.rate.new-sessions.per-minute:10}") int perMinute,
                @Value("${sandkassen.rate.clients:100000}") int clients) {
        this.limit = Bandwidth.builder().capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)).build();
        this.buckets = Caffeine.newBuilder().maximumSize(clients).expireAfterAccess(Duration.ofMinutes(15)).build();
    }

    /** Takes a token for a new session from this client; empty if it may, else how many seconds until it may. */
    OptionalLong admit(String clientAddress) {
        Bucket bucket = buckets.get(clientAddress, address -> Bucket.builder().addLimit(limit).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
    }
}
