package dk.sandkassen.base.ui;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import dk.sandkassen.shared.Languages;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every UI starts in Danish, as the real services do, unless the learner chose another language
 * in this session or the link asked for it ({@code ?lang=ar}, for teachers' handouts and for the
 * page after "Afslut", whose session is gone). The choice is kept in the HTTP session, so it
 * survives reloads and nodes. The page's {@code lang} and direction follow it — already in the
 * first HTML, so that an Arabic page does not flash left-to-right — and Vaadin's overlays
 * (dialogs, menus, date pickers) take the direction from the document.
 */
@Component
class LanguageSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            Locale locale = asked(page.getVaadinRequest())
                    .orElseGet(() -> chosen(page.getVaadinRequest().getWrappedSession(false)));
            page.getDocument().getElementsByTag("html").attr("lang", locale.getLanguage())
                    .attr("dir", Languages.rightToLeft(locale) ? "rtl" : "ltr");
        });
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            apply(ui, chosen(ui.getSession().getSession()));
            // The link's ?lang= is seen on every navigation, the first one included.
            ui.addBeforeEnterListener(enter -> enter.getLocation().getQueryParameters().getSingleParameter("lang")
                    .map(Languages::byTag)
                    .filter(asked -> !asked.equals(ui.getLocale()))
                    .ifPresent(asked -> {
                        remember(ui.getSession().getSession(), asked);
                        apply(ui, asked);
                    }));
        });
    }

    /** The learner chose a language: remember it and show the page again in it. */
    static void choose(UI ui, Locale locale) {
        remember(ui.getSession().getSession(), locale);
        apply(ui, locale);
        ui.refreshCurrentRoute(true);
    }

    private static Optional<Locale> asked(VaadinRequest request) {
        return Optional.ofNullable(request.getParameter("lang")).map(Languages::byTag);
    }

    private static Locale chosen(WrappedSession session) {
        return session != null && session.getAttribute(Languages.SESSION_ATTRIBUTE) instanceof String tag
                ? Languages.byTag(tag) : Languages.DANISH;
    }

    private static void remember(WrappedSession session, Locale locale) {
        session.setAttribute(Languages.SESSION_ATTRIBUTE, locale.toLanguageTag());
    }

    private static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        ui.getSession().setLocale(locale);
        ui.setDirection(Languages.rightToLeft(locale) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }
}
