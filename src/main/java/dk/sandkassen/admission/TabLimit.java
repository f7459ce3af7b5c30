package dk.sandkassen.admission;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code sandkassen.session.max-tabs} open pages (Vaadin UIs) per session: a learner
 * has one or two tabs, a script could open thousands under one cookie and slip past the cap on
 * sessions. A new tab beyond the limit closes the one used longest ago; if that tab is used
 * again it reloads, showing the world as it is.
 */
@Component
class TabLimit implements VaadinServiceInitListener {

    private final int maxTabs;

    TabLimit(@Value("${sandkassen.session.max-tabs:8}") int maxTabs) {
        this.maxTabs = maxTabs;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            List<UI> open = init.getUI().getSession().getUIs().stream().filter(ui -> !ui.isClosing())
                    .sorted(Comparator.comparingLong(ui -> ui.getInternals().getLastHeartbeatTimestamp()))
                    .toList();
            for (int i = 0; i < open.size() - maxTabs; i++) {
                if (open.get(i) != init.getUI()) {
                    open.get(i).close();
                }
            }
        });
    }
}
