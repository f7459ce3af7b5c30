package dk.sandkassen.web;

import dk.sandkassen.shared.CalmPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * A request that no view answers and that ends in an error — a path outside the app's routes
 * such as {@code /VAADIN/../x}, a request body over the limit sent without the app's forms — gets
 * a calm page in the visitor's language with a link to the start page, not Spring's English
 * "Whitelabel Error Page". Only browsers asking for HTML get it; other clients keep Spring's
 * short JSON answer. Nothing is created for it (no session, no sandbox).
 */
@Component
class KindErrorPages implements ErrorViewResolver {

    private static final CalmPage NOT_FOUND = new CalmPage("not-found.title", "not-found.text", "not-found.home", "/", null);
    private static final CalmPage FAILED = new CalmPage("error.title", "error.text", "not-found.home", "/", null);

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        CalmPage page = status == HttpStatus.NOT_FOUND ? NOT_FOUND : FAILED;
        ModelAndView view = new ModelAndView(new Page(page));
        view.setStatus(status);
        return view;
    }

    private record Page(CalmPage page) implements View {

        @Override
        public String getContentType() {
            return "text/html;charset=utf-8";
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
            page.write(request, response, response.getStatus());
        }
    }
}
