package dk.sandkassen.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Puts the security headers on every response before anything else runs, so that pages,
 * Vaadin's requests and resources, downloads and error pages all carry them. Runs again on an
 * error dispatch because the container may reset the response's headers to render an error.
 * Why each header and value: docs/decisions/0006-http-headers.md.
 */
class SecurityHeaders extends HttpFilter {

    /** The request attribute that holds this request's CSP nonce, for {@link ScriptNonces}. */
    static final String NONCE = SecurityHeaders.class.getName() + ".nonce";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String nonce = nonceOf(request);
        response.setHeader("Content-Security-Policy", ContentSecurityPolicy.withNonce(nonce));
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
                + "magnetometer=(), microphone=(), payment=(), usb=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        // A practice site with made-up people: no search engine should list any of it.
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        chain.doFilter(request, response);
    }

    /** One nonce per request, kept when the same request is dispatched again (an error page). */
    private static String nonceOf(HttpServletRequest request) {
        if (request.getAttribute(NONCE) instanceof String nonce) {
            return nonce;
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE, nonce);
        return nonce;
    }
}
