package dk.sandkassen.post.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dk.sandkassen.post.CurrentMailbox;
import dk.sandkassen.post.Mailbox;
import dk.sandkassen.post.NotificationSettings;
import dk.sandkassen.post.PostAccessDenied;
import dk.sandkassen.post.PostSettings;
import dk.sandkassen.sandbox.CurrentSandbox;
import dk.sandkassen.shared.ui.Card;
import dk.sandkassen.shared.ui.Notice;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Indstillinger": where Digital Post tells you of new post (one mobile number, two e-mail
 * addresses), and NemSMS. The practice number and addresses are suggested; nothing is sent.
 */
@Route(PostNavigation.SETTINGS)
class PostSettingsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentMailbox currentMailbox;
    private final CurrentSandbox currentSandbox;
    private final PostSettings settings;
    private final Div cards;
    private final Notice onlyOwner = new Notice();
    private final Notice notice = new Notice();
    private final TextField mobile = new TextField();
    private final EmailField email1 = new EmailField();
    private final EmailField email2 = new EmailField();
    private final Checkbox sms = new Checkbox();
    private final Checkbox email = new Checkbox();
    private final Notice nemSmsNotice = new Notice();
    private final TextField nemSmsMobile = new TextField();
    private final Checkbox terms = new Checkbox();
    private Mailbox box;

    PostSettingsView(CurrentMailbox currentMailbox, CurrentSandbox currentSandbox, PostSettings settings) {
        this.currentMailbox = currentMailbox;
        this.currentSandbox = currentSandbox;
        this.settings = settings;
        addClassNames("sk-page", "sk-settings");
        mobile.setLabel(getTranslation("settings.mobile"));
        mobile.setId("settings-mobile");
        mobile.setMaxLength(40);
        email1.setLabel(getTranslation("settings.email1"));
        email1.setId("settings-email1");
        email1.setMaxLength(NotificationSettings.MAX_TYPED);
        email2.setLabel(getTranslation("settings.email2"));
        email2.setId("settings-email2");
        email2.setMaxLength(NotificationSettings.MAX_TYPED);
        sms.setLabel(getTranslation("settings.notify-sms"));
        sms.setId("settings-sms");
        email.setLabel(getTranslation("settings.notify-email"));
        email.setId("settings-email");
        Button save = new Button(getTranslation("settings.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("settings-save");
        Button tryIt = new Button(getTranslation("settings.try"), e -> tryIt());
        tryIt.setId("settings-try");
        Div actions = new Div(save, tryIt);
        actions.addClassName("sk-actions");
        Card notifications = new Card(getTranslation("settings.notifications"), new Paragraph(getTranslation("settings.lead")),
                notice, mobile, email1, email2, sms, email, actions);

        nemSmsMobile.setLabel(getTranslation("settings.mobile"));
        nemSmsMobile.setId("nemsms-mobile");
        nemSmsMobile.setMaxLength(40);
        terms.setLabel(getTranslation("nemsms.terms-accept"));
        terms.setId("nemsms-terms");
        Button signUp = new Button(getTranslation("nemsms.sign-up"), e -> signUp());
        signUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signUp.setId("nemsms-sign-up");
        Card nemSms = new Card(getTranslation("nemsms.title"), new Paragraph(getTranslation("nemsms.lead")),
                new Paragraph(getTranslation("nemsms.terms")), nemSmsNotice, nemSmsMobile, terms, signUp);
        nemSms.setId("nemsms");

        cards = new Div(notifications, nemSms);
        cards.addClassName("sk-cards");
        add(new H1(getTranslation("settings.title")), onlyOwner, cards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Mailbox> mailbox = currentMailbox.get();
        if (mailbox.isEmpty()) {
            event.forwardTo("log-ind", QueryParameters.simple(Map.of("til", "post")));
            return;
        }
        box = mailbox.get();
        // A helper with access to someone's post never sees or changes their contact details.
        cards.setVisible(box.isOwn());
        if (!box.isOwn()) {
            onlyOwner.show(Notice.Kind.INFO, getTranslation("settings.only-owner"));
            return;
        }
        onlyOwner.clear();
        NotificationSettings current = settings.settings(box);
        var person = currentSandbox.get().household().person(box.owner()).orElseThrow();
        mobile.setValue(current.mobile() == null ? "" : current.mobile());
        mobile.setHelperText(getTranslation("settings.mobile-help", person.phone()));
        email1.setValue(current.email1() == null ? "" : current.email1());
        email1.setHelperText(getTranslation("settings.email-help", person.email()));
        email2.setValue(current.email2() == null ? "" : current.email2());
        sms.setValue(current.notifySms());
        email.setValue(current.notifyEmail());
        nemSmsMobile.setValue(current.mobile() == null ? person.phone() : current.mobile());
        if (current.nemSms()) {
            nemSmsNotice.show(Notice.Kind.SUCCESS, getTranslation("nemsms.signed-up"));
        }
    }

    private void save() {
        try {
            List<String> problems = settings.save(box, mobile.getValue(), email1.getValue(), email2.getValue(),
                    sms.getValue(), email.getValue());
            if (problems.isEmpty()) {
                notice.show(Notice.Kind.SUCCESS, getTranslation("settings.saved"));
            } else {
                notice.show(Notice.Kind.ERROR, problems.stream().map(this::getTranslation).reduce((a, b) -> a + " " + b).orElse(""));
            }
        } catch (PostAccessDenied denied) {
            notice.show(Notice.Kind.ERROR, getTranslation(denied.messageKey()));
        }
    }

    private void tryIt() {
        try {
            settings.sendTryLetter(box).ifPresentOrElse(problem -> notice.show(Notice.Kind.ERROR, getTranslation(problem)),
                    () -> notice.show(Notice.Kind.INFO, getTranslation("settings.try-sent")));
        } catch (PostAccessDenied denied) {
            notice.show(Notice.Kind.ERROR, getTranslation(denied.messageKey()));
        }
    }

    private void signUp() {
        try {
            List<String> problems = settings.signUpForNemSms(box, nemSmsMobile.getValue(), terms.getValue());
            if (problems.isEmpty()) {
                nemSmsNotice.show(Notice.Kind.SUCCESS, getTranslation("nemsms.signed-up"));
            } else {
                nemSmsNotice.show(Notice.Kind.ERROR, problems.stream().map(this::getTranslation).reduce((a, b) -> a + " " + b).orElse(""));
            }
        } catch (PostAccessDenied denied) {
            nemSmsNotice.show(Notice.Kind.ERROR, getTranslation(denied.messageKey()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.page-title");
    }
}
