package dk.sandkassen.post;

import dk.sandkassen.login.Phone;
import dk.sandkassen.post.internal.SettingsStore;
import dk.sandkassen.sandbox.SandboxEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notification settings (one mobile number, two e-mail addresses) and NemSMS. The numbers and
 * addresses are the learner's practice ones: a real-looking mobile number (Danish numbers never
 * start with 0) or a real e-mail domain is refused kindly, so no real contact detail is kept.
 */
@Service
public class PostSettings {

    private final SettingsStore store;
    private final Access access;
    private final SandboxEvents events;
    private final Deliveries deliveries;

    PostSettings(SettingsStore store, Access access, SandboxEvents events, Deliveries deliveries) {
        this.store = store;
        this.access = access;
        this.events = events;
        this.deliveries = deliveries;
    }

    /** The owner's contact details and choices; a helper sees nothing of them. */
    public NotificationSettings settings(Mailbox box) {
        access.toChangeSettings(box);
        return store.settings(box.sandbox(), box.owner());
    }

    /** Saves, or returns what is wrong (translation keys) and keeps nothing. */
    @Transactional
    public List<String> save(Mailbox box, @Nullable String mobile, @Nullable String email1, @Nullable String email2,
                             boolean notifySms, boolean notifyEmail) {
        access.toChangeSettings(box);
        List<String> problems = new ArrayList<>();
        String tidyMobile = blank(mobile) ? null : mobile(mobile, problems);
        String first = blank(email1) ? null : email(email1, problems);
        String second = blank(email2) ? null : email(email2, problems);
        if (notifySms && tidyMobile == null && problems.isEmpty()) {
            problems.add("settings.sms-needs-mobile");
        }
        if (notifyEmail && first == null && second == null && problems.isEmpty()) {
            problems.add("settings.email-needs-address");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        NotificationSettings before = store.settings(box.sandbox(), box.owner());
        store.save(box.sandbox(), box.owner(), new NotificationSettings(tidyMobile, first, second, notifySms, notifyEmail,
                before.nemSms()));
        if (before.notifySms() != notifySms) {
            changed(box, "sms", notifySms);
        }
        if (before.notifyEmail() != notifyEmail) {
            changed(box, "email", notifyEmail);
        }
        return List.of();
    }

    /** NemSMS: accepting the terms lets every authority that uses NemSMS send service messages. */
    @Transactional
    public List<String> signUpForNemSms(Mailbox box, @Nullable String mobile, boolean termsAccepted) {
        access.toChangeSettings(box);
        List<String> problems = new ArrayList<>();
        String tidy = blank(mobile) ? null : mobile(mobile, problems);
        if (tidy == null && problems.isEmpty()) {
            problems.add("settings.mobile-missing");
        }
        if (!termsAccepted) {
            problems.add("nemsms.accept-terms");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        NotificationSettings s = store.settings(box.sandbox(), box.owner());
        store.save(box.sandbox(), box.owner(), new NotificationSettings(s.mobile() == null ? tidy : s.mobile(), s.email1(),
                s.email2(), s.notifySms(), s.notifyEmail(), true));
        events.record(box.sandbox(), PostEvents.NEMSMS_SIGNED_UP, box.actor().id(), Map.of("owner", box.owner().id()));
        return List.of();
    }

    /**
     * "Prøv det": a short letter arrives now, so the owner sees the notifications they chose.
     * Returns why not (a translation key) when the sandbox holds all the post it may.
     */
    @Transactional
    public Optional<String> sendTryLetter(Mailbox box) {
        access.toChangeSettings(box);
        if (deliveries.lettersIn(box.sandbox()) >= SandboxLimits.MAX_LETTERS) {
            return Optional.of("post.sandbox-full");
        }
        deliveries.deliver(box.acting().sandbox(), box.owner(), "digital-post-nyt", null, Map.of());
        return Optional.empty();
    }

    /** What arrived on the phone's sms and e-mail: only ever the holder's own. */
    public List<Notification> notifications(Phone phone) {
        return store.notifications(phone.sandbox(), phone.holder()).stream()
                .map(n -> new Notification(n.channel(), n.address(), n.text(), n.at()))
                .toList();
    }

    private void changed(Mailbox box, String channel, boolean enabled) {
        events.record(box.sandbox(), PostEvents.NOTIFICATION_CHANGED, box.actor().id(),
                Map.of("channel", channel, "enabled", String.valueOf(enabled), "owner", box.owner().id()));
    }

    private static @Nullable String mobile(String typed, List<String> problems) {
        if (typed.length() > NotificationSettings.MAX_TYPED) {
            problems.add("settings.mobile-invalid");
            return null;
        }
        Optional<String> tidy = NotificationSettings.normaliseMobile(typed);
        if (tidy.isEmpty()) {
            problems.add("settings.mobile-invalid");
            return null;
        }
        if (!tidy.get().startsWith("+45 0")) {
            problems.add("settings.mobile-real");
            return null;
        }
        return tidy.get();
    }

    private static @Nullable String email(String typed, List<String> problems) {
        if (typed.length() > NotificationSettings.MAX_TYPED) {
            problems.add("settings.email-too-long");
            return null;
        }
        String email = typed.strip().toLowerCase(Locale.ROOT);
        if (!NotificationSettings.isEmail(email)) {
            problems.add("settings.email-invalid");
            return null;
        }
        if (!email.matches(".*@([a-z0-9-]+\\.)*(example\\.(com|net|org)|[a-z0-9-]+\\.(test|invalid))")) {
            problems.add("settings.email-real");
            return null;
        }
        return email;
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
