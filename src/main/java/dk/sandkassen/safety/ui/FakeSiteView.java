package dk.sandkassen.safety.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.sandkassen.login.CurrentLogin;
import dk.sandkassen.login.Phone;
import dk.sandkassen.login.ui.RealCprGuard;
import dk.sandkassen.safety.FakePage;
import dk.sandkassen.safety.Message;
import dk.sandkassen.safety.MessageId;
import dk.sandkassen.safety.SafetyService;
import dk.sandkassen.sandbox.CurrentSandbox;
import dk.sandkassen.sandbox.SandboxEvents;
import dk.sandkassen.shared.ui.Notice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The page behind a fake link, inside Sandkassen: a look-alike login or payment page in a
 * browser frame whose address bar shows the wrong address. Whatever is typed is never read
 * into anything that lasts: pressing the button clears the fields and tells the service only
 * that it was pressed ({@link SafetyService#fakeFormSent}), then explains. Something that looks
 * like a real CPR number is thrown away at once, as on the practice login.
 */
@Route(SafetyNavigation.BROWSER + "/:id")
class FakeSiteView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SafetyService safety;
    private final CurrentLogin login;
    private final CurrentSandbox currentSandbox;
    private final SandboxEvents events;
    private final List<TextField> textFields = new ArrayList<>();
    private final List<HasValue<?, String>> fields = new ArrayList<>();
    private final Notice notice = new Notice();

    FakeSiteView(SafetyService safety, CurrentLogin login, CurrentSandbox currentSandbox, SandboxEvents events) {
        this.safety = safety;
        this.login = login;
        this.currentSandbox = currentSandbox;
        this.events = events;
        addClassNames("sk-page", "sk-fake-site");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Phone phone = login.phone();
        Optional<Message> opened = event.getRouteParameters().get("id").flatMap(MessageId::parse)
                .flatMap(id -> safety.openLink(phone, id, getLocale()));
        if (opened.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(opened.get(), phone);
    }

    private void show(Message message, Phone phone) {
        removeAll();
        fields.clear();
        textFields.clear();
        Span address = new Span(message.link().orElseThrow());
        address.setId("fake-address");
        address.addClassName("sk-browser-address");
        address.getElement().setAttribute("role", "textbox");
        address.getElement().setAttribute("aria-readonly", "true");
        address.getElement().setAttribute("aria-label", getTranslation("fraud.fake.address"));
        Button close = new Button(getTranslation("fraud.fake.close"), e -> {
            safety.fakePageLeft(phone, message.id());
            getUI().ifPresent(ui -> ui.navigate(SafetyNavigation.explanation(message.id())));
        });
        close.setId("fake-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div bar = new Div(address, close);
        bar.addClassName("sk-browser-bar");

        FakePage page = message.template().page();
        Div site = new Div();
        site.addClassNames("sk-browser-page", "sk-fake-" + page.id());
        Span brand = new Span(getTranslation("fraud.fake." + page.id() + ".brand"));
        brand.addClassName("sk-fake-brand");
        site.add(brand, new H1(getTranslation("fraud.fake." + page.id() + ".title")),
                new Paragraph(getTranslation("fraud.fake." + page.id() + ".lead")), notice);
        for (String name : page.fields()) {
            TextFieldBase<?, String> field;
            if (name.equals("password")) {
                field = new PasswordField();
            } else {
                TextField text = new TextField();
                textFields.add(text);
                field = text;
            }
            field.setLabel(getTranslation("fraud.fake.field." + name));
            field.setId("fake-field-" + name);
            field.setAutocomplete(Autocomplete.OFF);
            fields.add(field);
            site.add(field);
        }
        Button send = new Button(getTranslation("fraud.fake." + page.id() + ".send"), e -> send(phone, message));
        send.setId("fake-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        site.add(send);

        Div browser = new Div(bar, site);
        browser.addClassName("sk-browser");
        browser.getElement().setAttribute("role", "region");
        browser.getElement().setAttribute("aria-label", getTranslation("fraud.fake.browser"));
        add(browser);
    }

    private void send(Phone phone, Message message) {
        for (TextField field : textFields) {
            if (RealCprGuard.discardIfReal(field, notice, currentSandbox.get(), events)) {
                return;
            }
        }
        fields.forEach(HasValue::clear);
        safety.fakeFormSent(phone, message.id());
        getUI().ifPresent(ui -> ui.navigate(SafetyNavigation.explanation(message.id())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fraud.fake.page-title");
    }
}
