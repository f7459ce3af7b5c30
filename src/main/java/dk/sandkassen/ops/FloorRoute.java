package dk.sandkassen.ops;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Registers the floor's routes ({@code /floor}, {@code /floor/2}) only when
 * {@code sandkassen.perf.floor=true}, e.g. {@code SERVER_ARGS=--sandkassen.perf.floor=true scripts/load-test.sh --floor …}: the page is
 * for measuring and has no place on a node learners use (docs/decisions/0017-the-floor.md).
 */
@Component
@ConditionalOnProperty(name = "sandkassen.perf.floor", havingValue = "true")
class FloorRoute implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        routes.setRoute("floor", FloorView.class);
        routes.setRoute("floor/2", FloorView.class);
    }
}
