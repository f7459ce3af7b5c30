/**
 * The node's HTTP surface, whatever page or resource is asked for: the security headers and
 * Content Security Policy on every response (docs/decisions/0006-http-headers.md), the
 * management paths kept off the public port, and the address a request came from behind a
 * proxy (docs/deploy.md). Depends on no feature.
 */
@NullMarked
package dk.sandkassen.web;

import org.jspecify.annotations.NullMarked;
