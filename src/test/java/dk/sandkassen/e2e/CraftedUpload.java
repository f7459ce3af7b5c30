package dk.sandkassen.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What an attacker sends instead of the page: a plain POST of {@code size} bytes to the
 * upload URL of a compose page, with the learner's session cookie. The body is made while it
 * is sent, so the test itself holds none of it; it counts how much the server let it send.
 * The server runs in this JVM, so its heap is measured here too.
 */
final class CraftedUpload {

    /** How it went: the status (-1 if the server closed the connection), and what it cost. */
    record Outcome(int status, String closedBy, long millis, long bytesSent, long heapBefore, long heapPeak, long heapAfter) {

        long peakGrowth() {
            return heapPeak - heapBefore;
        }

        long retainedGrowth() {
            return heapAfter - heapBefore;
        }

        @Override
        public String toString() {
            return "status %d%s after %d ms, %.1f MB sent; heap before %.1f MB, peak %+.1f MB, after GC %+.1f MB"
                    .formatted(status, closedBy.isEmpty() ? "" : " (" + closedBy + ")", millis, mb(bytesSent),
                            mb(heapBefore), mb(peakGrowth()), mb(retainedGrowth()));
        }

        private static double mb(long bytes) {
            return bytes / 1048576.0;
        }
    }

    private CraftedUpload() {
    }

    /**
     * @param declareLength send a Content-Length (refused from the declaration) or stream it
     *                      chunked with no length (refused while counting)
     */
    static Outcome send(String url, String sessionCookie, long size, boolean declareLength) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = settledHeap(memory);
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });
        AtomicLong sent = new AtomicLong();
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofInputStream(() -> new Zeros(size, sent));
        if (declareLength) {
            body = HttpRequest.BodyPublishers.fromPublisher(body, size);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Cookie", "SESSION=" + sessionCookie)
                .header("Content-Type", "application/pdf")
                .header("X-Filename", "stor.pdf")
                .POST(body).build();
        long start = System.nanoTime();
        int status;
        String closedBy = "";
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException closed) {
            status = -1;
            closedBy = closed.toString();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        sampler.interrupt();
        sampler.join();
        return new Outcome(status, closedBy, millis, sent.get(), before, peak.get(), settledHeap(memory));
    }

    private static long settledHeap(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** {@code size} zero bytes, made as they are read. */
    private static final class Zeros extends InputStream {

        private final long size;
        private final AtomicLong read;

        Zeros(long size, AtomicLong read) {
            this.size = size;
            this.read = read;
        }

        @Override
        public int read() {
            return read(new byte[1], 0, 1) < 0 ? -1 : 0;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            long left = size - read.get();
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(into, offset, offset + n, (byte) 0);
            read.addAndGet(n);
            return n;
        }
    }
}
