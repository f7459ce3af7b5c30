package dk.sandkassen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import dk.sandkassen.shared.Languages;
import java.util.Locale;

/**
 * "Dansk | English | العربية | Українська", from {@code sandkassen.languages}: each button is
 * named in its own language and script (and marked with its {@code lang} and direction), so a
 * learner who reads no Danish finds theirs. Buttons in view rather than a menu: one tap, and
 * nothing to discover first (docs/decisions/0018-languages-and-right-to-left.md); they wrap on a narrow screen.
 */
class LanguageSwitch extends Div {

    LanguageSwitch() {
        addClassName("sk-language-switch");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("language.label"));
        Languages.supported().forEach(locale -> add(button(locale)));
    }

    private Button button(Locale locale) {
        Button button = new Button(Languages.ownName(locale));
        button.getElement().setAttribute("lang", locale.getLanguage());
        button.getElement().setAttribute("dir", Languages.rightToLeft(locale) ? "rtl" : "ltr");
        boolean current = getLocale().getLanguage().equals(locale.getLanguage());
        button.getElement().setAttribute("aria-pressed", Boolean.toString(current));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, current ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(e -> LanguageSetup.choose(UI.getCurrent(), locale));
        return button;
    }
}
