package dk.sandkassen.login.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.CredentialService;
import dk.sandkassen.login.KeyCard;
import dk.sandkassen.login.KeyCardPdf;
import dk.sandkassen.login.MitIdService;
import dk.sandkassen.sandbox.CurrentSandbox;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.shared.ui.Card;
import dk.sandkassen.shared.ui.Notice;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Set;

/**
 * "Mine oplysninger": the practice credentials, the whole key card (also as a PDF to print),
 * choosing one's own user-ID and password by the real rules, and practising a request one
 * did not start.
 */
@Route(LoginNavigation.MY_DETAILS)
class MyDetailsView extends Div implements HasDynamicTitle {

    MyDetailsView(CurrentSandbox currentSandbox, CredentialService credentials, MitIdService mitId) {
        addClassName("sk-page");
        Sandbox sandbox = currentSandbox.get();
        KeyCard card = credentials.keyCard(sandbox, Role.SELF);
        Set<String> used = credentials.usedKeys(sandbox, Role.SELF);

        H1 title = new H1(getTranslation("my-details.title"));
        Paragraph lead = new Paragraph(getTranslation("my-details.lead"));
        lead.addClassName("sk-lead");

        CredentialsCard summary = new CredentialsCard(credentials.credentials(sandbox, Role.SELF), card.cardNumber());

        KeyCardPdf.Labels labels = KeyCardPdf.Labels.of(this::getTranslation, sandbox.citizen().fullName());
        Locale locale = getLocale();
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = KeyCardPdf.render(card, used, labels, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "noeglekort-" + card.cardNumber() + ".pdf",
                    "application/pdf", bytes.length);
        }), getTranslation("keycard.print"));
        pdf.setId("keycard-pdf");
        pdf.addClassName("sk-button-link");
        pdf.setTarget("_blank");
        Card keyCard = new Card(getTranslation("keycard.title"), new Paragraph(getTranslation("keycard.help")), pdf,
                new KeyCardGrid(card, used));
        keyCard.addClassName("sk-card-wide");

        Card choose = new Card(getTranslation("choose.title"), new Paragraph(getTranslation("choose.lead")),
                new ChooseCredentialsForm(sandbox, credentials, () -> getUI().ifPresent(ui -> ui.refreshCurrentRoute(false))));

        Notice sent = new Notice();
        Button practise = new Button(getTranslation("safety.practise"), e -> {
            mitId.sendSuspiciousRequest(sandbox);
            sent.show(Notice.Kind.INFO, getTranslation("safety.sent"));
        });
        practise.setId("practise-suspicious");
        Card safety = new Card(getTranslation("safety.title"), new Paragraph(getTranslation("safety.lead")), sent, practise);

        Div cards = new Div(summary, choose, safety, keyCard);
        cards.addClassName("sk-cards");
        add(title, lead, cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-details.page-title");
    }
}
