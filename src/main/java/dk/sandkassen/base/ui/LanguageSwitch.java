package dk.sandkassen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import dk.sandkassen.shared.Languages;
import java.util.Locale;

/** "Dansk | English": each button is labelled in its own language, as language pickers should be. */
class LanguageSwitch extends Div {

    LanguageSwitch() {
        addClassName("sk-language-switch");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("language.label"));
        add(button(Languages.DANISH), button(Languages.ENGLISH));
    }

    private Button button(Locale locale) {
        Button button = new Button(getTranslation("language.name." + locale.getLanguage()));
        button.getElement().setAttribute("lang", locale.getLanguage());
        boolean current = getLocale().getLanguage().equals(locale.getLanguage());
        button.getElement().setAttribute("aria-pressed", Boolean.toString(current));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, current ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(e -> LanguageSetup.choose(UI.getCurrent(), locale));
        return button;
    }
}
