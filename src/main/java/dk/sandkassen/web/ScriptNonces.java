package dk.sandkassen.web;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Marks the inline scripts of Vaadin's page with the request's nonce, so that the
 * Content Security Policy can allow exactly those and refuse any other inline script (an
 * injected {@code <script>} or {@code onerror=}). Runs after Vaadin has built the whole page.
 */
@Component
class ScriptNonces implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            if (page.getVaadinRequest().getAttribute(SecurityHeaders.NONCE) instanceof String nonce) {
                page.getDocument().getElementsByTag("script").attr("nonce", nonce);
            }
        });
    }
}
