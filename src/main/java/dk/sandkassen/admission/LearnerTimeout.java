package dk.sandkassen.admission;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A session gets a learner's full idle timeout when its UI starts (the sandbox is made then
 * too). Until then it lives only {@code sandkassen.session.timeout-before-ui}: a page fetched
 * by something that never runs it is reclaimed within a minute or two.
 */
@Component
class LearnerTimeout implements VaadinServiceInitListener {

    private final int seconds;

    LearnerTimeout(@Value("${spring.session.timeout:${server.servlet.session.timeout:30m}}") Duration timeout) {
        this.seconds = (int) Math.min(Integer.MAX_VALUE, timeout.toSeconds());
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var session = init.getUI().getSession().getSession();
            if (session.getMaxInactiveInterval() < seconds) {
                session.setMaxInactiveInterval(seconds);
            }
        });
    }
}
