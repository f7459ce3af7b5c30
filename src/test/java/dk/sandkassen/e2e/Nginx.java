package dk.sandkassen.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Debian's nginx with the shipped {@code deploy/nginx/sandkassen.conf}, adapted only by
 * addresses (plain HTTP on a free loopback port, the upstream: the app or nodes under test), so a
 * journey can go through the proxy a real installation runs. Absent nginx, no such journey runs.
 * Its access log ends each line with the node that answered; as shipped, it leaves out the
 * refused new visitors (429).
 */
final class Nginx implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/nginx");

    private final Path dir;
    private final Process process;
    final int port;

    private Nginx(Path dir, Process process, int port) {
        this.dir = dir;
        this.process = process;
        this.port = port;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** @param appPorts one line of the upstream for each, on loopback (the shipped file has three) */
    static Nginx inFrontOf(int... appPorts) {
        try {
            Path dir = Files.createTempDirectory("sandkassen-nginx");
            int port = freePort();
            String site = Files.readString(Path.of("deploy/nginx/sandkassen.conf"), StandardCharsets.UTF_8);
            for (int i = 0; i < appPorts.length; i++) {
                site = site.replace("server 10.0.0.1" + (i + 1) + ":8080", "server 127.0.0.1:" + appPorts[i]);
            }
            site = site
                    .replace("listen 443 ssl;", "listen 127.0.0.1:" + port + ";")
                    .replaceAll("(?m)^\\s*http2 on;.*$", "")
                    .replaceAll("(?m)^\\s*ssl_certificate.*$", "")
                    .replaceAll("(?m)^\\s*listen 80;", "    listen 127.0.0.1:" + freePort() + ";")
                    .replaceAll("(?m)^\\s*server 10\\.0\\.0\\.1[0-9]:8080.*$", "")
                    .replace("root /etc/nginx/sandkassen;", "root " + Path.of("deploy/nginx").toAbsolutePath() + ";")
                    // The site's own access log (refusals left out) goes to the test's folder.
                    .replace("access_log /var/log/nginx/access.log combined", "access_log " + dir.resolve("access.log") + " node");
            Files.writeString(dir.resolve("site.conf"), site);
            Files.writeString(dir.resolve("nginx.conf"), """
                    worker_processes 1;
                    daemon off;
                    pid %1$s/nginx.pid;
                    error_log %1$s/error.log;
                    events { worker_connections 256; }
                    http {
                      log_format node '$remote_addr [$time_local] "$request" $status $upstream_addr';
                      access_log %1$s/access.log node;
                      client_body_temp_path %1$s/body; proxy_temp_path %1$s/proxy;
                      fastcgi_temp_path %1$s/fcgi; uwsgi_temp_path %1$s/uwsgi; scgi_temp_path %1$s/scgi;
                      include %1$s/site.conf;
                    }
                    """.formatted(dir));
            Process process = new ProcessBuilder(List.of(BINARY.toString(), "-c", dir.resolve("nginx.conf").toString(),
                    "-p", dir.toString())).redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile()).start();
            Nginx nginx = new Nginx(dir, process, port);
            nginx.awaitListening();
            return nginx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    String accessLog() throws IOException {
        return Files.readString(dir.resolve("access.log"));
    }

    String errorLog() throws IOException {
        return Files.readString(dir.resolve("error.log"));
    }

    /** The port of the node that answered the last request nginx passed on (a moved request: the last it tried). */
    int lastNodePort() throws IOException {
        java.util.List<String> passed = accessLog().lines().filter(line -> line.matches(".*:\\d+$")).toList();
        String last = passed.getLast();
        return Integer.parseInt(last.substring(last.lastIndexOf(':') + 1));
    }

    private void awaitListening() throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx did not start: " + Files.readString(dir.resolve("out.log")));
            }
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
    }
}
