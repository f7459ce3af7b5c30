package dk.sandkassen.post.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.sandkassen.post.Notification;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** The text messages and e-mails on the on-screen phone: "Du har fået ny Digital Post". */
public class NotificationsPanel extends Div {

    public NotificationsPanel(List<Notification> notifications) {
        addClassName("sk-notifications");
        Paragraph title = new Paragraph(getTranslation("phone.messages"));
        title.addClassName("sk-app-title");
        add(title);
        if (notifications.isEmpty()) {
            add(new Paragraph(getTranslation("phone.nothing")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (Notification n : notifications) {
            Span channel = new Span(getTranslation("phone.channel." + n.channel(), n.address()));
            channel.addClassName("sk-notification-channel");
            Span time = new Span(n.at().atZone(ZoneId.of("Europe/Copenhagen"))
                    .format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale())));
            time.addClassName("sk-notification-time");
            Paragraph text = new Paragraph(n.text());
            ListItem item = new ListItem(channel, time, text);
            item.addClassName("sk-notification");
            list.add(item);
        }
        add(list);
    }
}
