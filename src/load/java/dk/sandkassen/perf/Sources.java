package dk.sandkassen.perf;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Where the driver's simulated people are seen from. By default ({@code --addresses header})
 * every one sends an address of its own as {@code X-Forwarded-For}, which the server believes
 * because the driver connects from loopback, a trusted proxy. Behind nginx that is not enough:
 * nginx limits new visitors by the address that connects to it, and nginx is the edge that
 * sets {@code X-Forwarded-For}. With {@code --addresses loopback} each one connects from an
 * address of its own in 127.0.0.0/8 (Linux answers on all of it), so nginx sees many clients,
 * as on the internet: learner {@code i} from 127.2.x.y, a flood from one address from
 * 127.3.0.1, a flood from many from 512 addresses in 127.4.0.0/23.
 */
final class Sources {

    /** Addresses a flood from "many" comes from, behind nginx (each of them sends ~20 of 10,000 visitors). */
    static final int FLOOD_ADDRESSES = 512;

    private final boolean loopback;
    private final HttpClient shared;
    private final Map<String, HttpClient> bound = new ConcurrentHashMap<>();

    private Sources(boolean loopback, HttpClient shared) {
        this.loopback = loopback;
        this.shared = shared;
    }

    static Sources of(Map<String, String> options, HttpClient shared) {
        String addresses = options.getOrDefault("addresses", "header");
        if (!addresses.equals("header") && !addresses.equals("loopback")) {
            throw new IllegalArgumentException("--addresses is header or loopback, not " + addresses);
        }
        return new Sources(addresses.equals("loopback"), shared);
    }

    boolean loopback() {
        return loopback;
    }

    /** The client for someone seen from {@code address}: the shared one, or one bound to that loopback address. */
    HttpClient client(@Nullable String address) {
        if (!loopback || address == null) {
            return shared;
        }
        return bound.computeIfAbsent(address, a -> LoadDriver.httpClientBuilder().localAddress(inet(a)).build());
    }

    /** What to send as {@code X-Forwarded-For} for someone seen from {@code address}: nothing when it connects from it. */
    @Nullable String forwardedFor(@Nullable String address) {
        return loopback ? null : address;
    }

    static String learnerLoopback(int index) {
        return "127.2." + ((index >> 8) & 255) + "." + (index & 255);
    }

    static String floodLoopback(int i) {
        int n = i % FLOOD_ADDRESSES;
        return "127." + (4 + (n >> 16)) + "." + ((n >> 8) & 255) + "." + (n & 255);
    }

    static final String FLOOD_LOOPBACK_ONE = "127.3.0.1";

    private static InetAddress inet(String address) {
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new UncheckedIOException(e);
        }
    }
}
