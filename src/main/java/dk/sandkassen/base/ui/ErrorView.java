package dk.sandkassen.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Something broke on our side: say so calmly, without a stack trace, and offer a way on. The
 * page stands on its own, without the usual frame: the frame reads the sandbox, and when that
 * is what broke (a closed database), a framed error page would fail too and leave the learner
 * with the framework's English page.
 */
class ErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    ErrorView() {
        addClassName("sk-error");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Error while showing {}", event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        com.vaadin.flow.component.html.Span logo = new com.vaadin.flow.component.html.Span(getTranslation("app.name"));
        logo.addClassName("sk-logo");
        com.vaadin.flow.component.html.Header header = new com.vaadin.flow.component.html.Header(logo);
        header.addClassName("sk-error-header");
        // A full page load, not router navigation: the learner starts again from a fresh page.
        com.vaadin.flow.component.html.Anchor home = new com.vaadin.flow.component.html.Anchor("/", getTranslation("not-found.home"));
        home.getElement().setAttribute("router-ignore", true);
        com.vaadin.flow.component.html.Main main = new com.vaadin.flow.component.html.Main(
                new H1(getTranslation("error.title")), new Paragraph(getTranslation("error.text")), home);
        main.addClassName("sk-page");
        add(header, main);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.title");
    }
}
