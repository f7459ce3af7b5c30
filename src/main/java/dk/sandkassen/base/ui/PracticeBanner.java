package dk.sandkassen.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dk.sandkassen.login.CurrentLogin;
import dk.sandkassen.sandbox.CurrentSandbox;
import dk.sandkassen.sandbox.Sandbox;
import java.util.Optional;

/**
 * The strip at the top of every page that says this is a practice environment, who the
 * learner is today, and offers "Start forfra", "Afslut" and the language switch.
 */
class PracticeBanner extends Div {

    private final CurrentSandbox currentSandbox;
    private final CurrentLogin currentLogin;
    private final Span who = new Span();
    private final Button startOver = new Button();
    private final Button end = new Button();

    PracticeBanner(CurrentSandbox currentSandbox, CurrentLogin currentLogin, dk.sandkassen.scenario.ClassSeats seats) {
        this.currentSandbox = currentSandbox;
        this.currentLogin = currentLogin;
        addClassName("sk-banner");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("banner.label"));

        Span notice = new Span(bold(getTranslation("banner.title")), new Span(" " + getTranslation("banner.notice")));
        notice.addClassName("sk-banner-notice");
        who.addClassName("sk-banner-who");

        startOver.setText(getTranslation("banner.start-over"));
        startOver.addThemeVariants(ButtonVariant.LUMO_SMALL);
        startOver.addClickListener(e -> {
            // In a class, starting over means the class's exercise again, keeping the seat on the board.
            var seat = currentSandbox.peekId().flatMap(seats::seat);
            if (seat.isPresent()) {
                new dk.sandkassen.shared.ui.ConfirmDialog(getTranslation("class.restart.title"),
                        getTranslation("class.restart.text"), getTranslation("class.restart.confirm"), () -> {
                            seats.restart(currentSandbox.id());
                            getUI().ifPresent(ui -> ui.getPage().setLocation(seat.get().restartRoute()));
                        }).open();
                return;
            }
            new StartOverDialog(currentSandbox).open();
        });
        end.setText(getTranslation("banner.end"));
        end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        end.addClickListener(e -> new EndDialog(currentSandbox).open());

        Div actions = new Div(new LanguageSwitch(), startOver, end);
        actions.addClassName("sk-banner-actions");
        add(notice, who, actions);
    }

    /** Whose sandbox this is, and as whom the learner is logged in when that is someone else. */
    private String whoText(Sandbox sandbox) {
        return currentLogin.get().filter(login -> login.role().isRelative())
                .flatMap(login -> sandbox.household().person(login.role()))
                .map(helper -> getTranslation("banner.you-are-as", sandbox.citizen().fullName(), helper.fullName(),
                        getTranslation("role." + helper.role().id()).toLowerCase(java.util.Locale.ROOT)))
                .orElse(getTranslation("banner.you-are", sandbox.citizen().fullName()));
    }

    private static Span bold(String text) {
        Span span = new Span(text);
        span.getStyle().set("font-weight", "700");
        return span;
    }

    void refresh() {
        Optional<Sandbox> sandbox = currentSandbox.peek();
        who.setText(sandbox.map(this::whoText).orElse(""));
        who.setVisible(sandbox.isPresent());
        startOver.setVisible(sandbox.isPresent());
        end.setVisible(sandbox.isPresent());
    }
}
