package dk.sandkassen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a learner sees when something goes wrong that no page foresaw: never a stack trace or
 * Vaadin's English system messages, but a calm sentence in their language — the action did
 * not work, try again, nothing typed is lost (the page stays as it was).
 */
@Component
class KindErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(KindErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        I18NProvider texts = event.getSource().getInstantiator().getI18NProvider();
        event.getSource().setSystemMessagesProvider(info -> systemMessages(texts, info.getLocale()));
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            if (clientWentAway(error.getThrowable())) {
                log.debug("The browser went away before the answer was written", error.getThrowable());
                return;
            }
            log.error("An action failed", error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                Notification note = Notification.show(texts.getTranslation("error.action", ui.getLocale()), 8000,
                        Notification.Position.MIDDLE);
                note.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
    }

    /** A closed tab or a lost connection (Tomcat's ClientAbortException, a broken pipe): nobody to tell. */
    private static boolean clientWentAway(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("ClientAbortException")
                    || (t instanceof java.io.IOException && String.valueOf(t.getMessage()).contains("Broken pipe"))) {
                return true;
            }
        }
        return false;
    }

    private static CustomizedSystemMessages systemMessages(I18NProvider texts, Locale asked) {
        Locale locale = asked == null ? dk.sandkassen.shared.Languages.DANISH : dk.sandkassen.shared.Languages.byTag(asked.toLanguageTag());
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption(texts.getTranslation("system.session-expired.caption", locale));
        messages.setSessionExpiredMessage(texts.getTranslation("system.session-expired.message", locale));
        messages.setInternalErrorCaption(texts.getTranslation("system.internal-error.caption", locale));
        messages.setInternalErrorMessage(texts.getTranslation("system.internal-error.message", locale));
        messages.setCookiesDisabledCaption(texts.getTranslation("system.cookies.caption", locale));
        messages.setCookiesDisabledMessage(texts.getTranslation("system.cookies.message", locale));
        return messages;
    }
}
