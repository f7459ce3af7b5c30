package dk.sandkassen.classroom.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import dk.sandkassen.classroom.ClassCode;
import dk.sandkassen.classroom.ClassRoutes;

/** "Har du en holdkode?": a field for the six characters and a button; a wrong code gets a kind hint. */
public class CodeEntry extends Div {

    public CodeEntry() {
        addClassName("sk-class-code-entry");
        TextField code = new TextField(getTranslation("class.code.label"));
        code.setId("class-code");
        code.setMaxLength(12);
        code.setHelperText(getTranslation("class.code.help"));
        code.getElement().setAttribute("autocapitalize", "characters");
        code.getElement().setAttribute("autocomplete", "off");
        code.getElement().setAttribute("spellcheck", "false");
        Button join = new Button(getTranslation("class.code.go"), e -> ClassCode.parse(code.getValue()).ifPresentOrElse(
                parsed -> getUI().ifPresent(ui -> ui.navigate(ClassRoutes.join(parsed))),
                () -> {
                    code.setInvalid(true);
                    code.setErrorMessage(getTranslation("class.code.invalid"));
                }));
        join.setId("class-code-go");
        join.addClickShortcut(Key.ENTER).listenOn(code);
        add(code, join);
    }
}
