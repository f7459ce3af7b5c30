package dk.sandkassen.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.sandkassen.login.Phone;
import dk.sandkassen.post.Notification;
import dk.sandkassen.safety.Channel;
import dk.sandkassen.safety.Message;
import dk.sandkassen.safety.SafetyService;
import dk.sandkassen.shared.ui.Notice;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Two apps on the phone: "Beskeder" (text messages) and "E-mail" (the citizen's private
 * inbox). Both hold Digital Post's real notifications and the messages from the catalogue,
 * newest first; a catalogue message opens to be read, judged and taken apart. The app with
 * the newest arrival is shown first, so what just arrived is in sight.
 */
class PhoneApps extends Div {

    private final SafetyService safety;
    private final Phone phone;
    private final List<Notification> notifications;
    private final Div screen = new Div();
    private final Button smsTab = new Button();
    private final Button emailTab = new Button();
    private List<Message> messages;
    private Channel showing;

    PhoneApps(SafetyService safety, Phone phone, List<Notification> notifications) {
        this.safety = safety;
        this.phone = phone;
        this.notifications = notifications;
        addClassName("sk-phone-apps");
        messages = safety.messages(phone, getLocale());
        smsTab.setId("phone-app-sms");
        smsTab.addClickListener(e -> showList(Channel.SMS));
        emailTab.setId("phone-app-email");
        emailTab.addClickListener(e -> showList(Channel.EMAIL));
        Div tabs = new Div(smsTab, emailTab);
        tabs.addClassName("sk-phone-tabs");
        tabs.getElement().setAttribute("role", "group");
        tabs.getElement().setAttribute("aria-label", getTranslation("fraud.apps.label"));
        screen.addClassName("sk-phone-app");
        add(tabs, screen);
        showList(newestChannel());
    }

    private Channel newestChannel() {
        Instant sms = newest(Channel.SMS);
        Instant email = newest(Channel.EMAIL);
        return email.isAfter(sms) ? Channel.EMAIL : Channel.SMS;
    }

    private Instant newest(Channel channel) {
        return items(channel).stream().map(Item::at).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }

    private void showList(Channel channel) {
        showing = channel;
        messages = safety.messages(phone, getLocale());
        for (Channel c : Channel.values()) {
            Button tab = c == Channel.SMS ? smsTab : emailTab;
            tab.setText(getTranslation("fraud.apps." + c.id(), items(c).size()));
            tab.getElement().setAttribute("aria-pressed", Boolean.toString(c == channel));
            tab.addThemeVariants(ButtonVariant.LUMO_SMALL);
            if (c == channel) {
                tab.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                tab.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        }
        screen.removeAll();
        List<Item> items = items(channel);
        if (items.isEmpty()) {
            screen.add(new Paragraph(getTranslation("phone.nothing")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("sk-message-list");
            items.forEach(item -> list.add(item.show(this)));
            screen.add(list);
        }
        Notice full = new Notice();
        Button practise = new Button(getTranslation("fraud.apps.practise"), e -> safety.sendPractice(phone).ifPresentOrElse(
                id -> showList(showing), () -> full.show(Notice.Kind.INFO, getTranslation("fraud.apps.full"))));
        practise.setId("phone-practise-message");
        practise.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Anchor help = new Anchor(SafetyNavigation.AFTER_MISTAKE, getTranslation("fraud.after.title"));
        help.setId("phone-after-mistake");
        help.getElement().setAttribute("router-link", true);
        screen.add(full, practise, new Paragraph(help));
    }

    private void open(Message message) {
        safety.opened(phone, message);
        screen.removeAll();
        screen.add(new MessageScreen(safety, phone, message, () -> showList(showing)));
    }

    private List<Item> items(Channel channel) {
        List<Item> items = new ArrayList<>();
        messages.stream().filter(m -> m.channel() == channel).forEach(m -> items.add(new Item(m.receivedAt(), m, null)));
        notifications.stream().filter(n -> n.channel().equals(channel.id()))
                .forEach(n -> items.add(new Item(n.at(), null, n)));
        items.sort(Comparator.comparing(Item::at).reversed());
        return items;
    }

    private String time(Instant at) {
        return at.atZone(ZoneId.of("Europe/Copenhagen"))
                .format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()));
    }

    /** One line in an app: a catalogue message (opens) or a Digital Post notification (only read). */
    private record Item(Instant at, @Nullable Message message, @Nullable Notification notification) {

        ListItem show(PhoneApps apps) {
            Span time = new Span(apps.time(at));
            time.addClassName("sk-message-time");
            if (notification != null) {
                Span from = new Span(apps.getTranslation("fraud.apps.digital-post"));
                from.addClassName("sk-message-from");
                Paragraph text = new Paragraph(notification.text());
                ListItem item = new ListItem(from, time, text);
                item.addClassNames("sk-message-item", "sk-notification");
                return item;
            }
            Message message = java.util.Objects.requireNonNull(this.message);
            Span from = new Span(message.sender());
            from.addClassName("sk-message-from");
            Span preview = new Span(message.subject() != null ? message.subject() : message.body());
            preview.addClassName("sk-message-preview");
            NativeButton open = new NativeButton();
            open.add(from, time, preview);
            if (message.verdict() != null) {
                Span answered = new Span(apps.getTranslation("fraud.apps.answered." + message.verdict().id()));
                answered.addClassName("sk-message-answered");
                open.add(answered);
            }
            open.addClassName("sk-message-open");
            open.getElement().setAttribute("data-message", message.name());
            open.addClickListener(e -> apps.open(message));
            ListItem item = new ListItem(open);
            item.addClassName("sk-message-item");
            return item;
        }
    }
}
