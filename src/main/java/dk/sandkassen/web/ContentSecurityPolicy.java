package dk.sandkassen.web;

/**
 * The Content Security Policy of every response. Each source beyond {@code 'self'} is there
 * because Vaadin Flow or a page of ours needs it; why is written in
 * docs/decisions/0006-http-headers.md, and a browser journey fails on any violation.
 */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    /** The policy for one response; {@code nonce} marks the inline scripts of that response's page. */
    static String withNonce(String nonce) {
        return String.join("; ",
                "default-src 'self'",
                // Vaadin's page starts its client with inline scripts (nonced, see ScriptNonces); the
                // client runs the JavaScript the server sends (executeJs, event data) as new Function.
                "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'",
                // Vaadin's components add <style> elements and style attributes as they render.
                "style-src 'self' 'unsafe-inline'",
                // Our QR codes are data: images; Lumo's and the upload's icon fonts are data: fonts.
                "img-src 'self' data:",
                "font-src 'self' data:",
                // Vaadin's requests, and a WebSocket to the same host (push, dev tools).
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }
}
