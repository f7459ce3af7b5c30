package dk.sandkassen.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dk.sandkassen.access.AccessDenied;
import dk.sandkassen.access.Area;
import dk.sandkassen.access.Fuldmagt;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Actor;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.shared.ui.Card;
import dk.sandkassen.shared.ui.ConfirmDialog;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** "Dine fuldmagter": requests to answer, fuldmagter given (revoke) and received (act on behalf). */
class FuldmagtListsCard extends Card {

    private final FuldmagtView view;
    private final Sandbox sandbox;

    FuldmagtListsCard(FuldmagtView view, Actor me) {
        super(view.getTranslation("fuldmagt.mine.title"));
        Sandbox sandbox = me.sandbox();
        this.view = view;
        this.sandbox = sandbox;
        setId("my-fuldmagter");
        addClassName("sk-card-wide");

        List<Fuldmagt> toAnswer = view.fuldmagter().given(me).stream()
                .filter(f -> f.status() == Fuldmagt.Status.REQUESTED || f.status() == Fuldmagt.Status.PAPER).toList();
        if (!toAnswer.isEmpty()) {
            add(new H3(getTranslation("fuldmagt.mine.requests")));
            for (Fuldmagt f : toAnswer) {
                String holder = name(f.holder());
                Button approve = new Button(getTranslation(f.status() == Fuldmagt.Status.PAPER
                        ? "fuldmagt.paper-handed-in" : "fuldmagt.approve"), e -> act(() -> view.fuldmagter().answer(me, f.id(), true),
                        "fuldmagt.approved", holder));
                approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                Button reject = new Button(getTranslation("fuldmagt.reject"), e -> act(() -> view.fuldmagter().answer(me, f.id(), false),
                        "fuldmagt.rejected", holder));
                add(row(f, getTranslation("fuldmagt.asked-by", holder), approve, reject));
            }
        }

        add(new H3(getTranslation("fuldmagt.mine.given")));
        List<Fuldmagt> given = view.fuldmagter().given(me).stream()
                .filter(f -> f.status() == Fuldmagt.Status.ACTIVE).toList();
        if (given.isEmpty()) {
            add(new Paragraph(getTranslation("fuldmagt.mine.none")));
        }
        for (Fuldmagt f : given) {
            String holder = name(f.holder());
            // Revoking ends it at once for the holder: ask first.
            Button revoke = new Button(getTranslation("fuldmagt.revoke"), e -> new ConfirmDialog(
                    getTranslation("fuldmagt.revoke-confirm.title", holder), getTranslation("fuldmagt.revoke-confirm.text", holder),
                    getTranslation("fuldmagt.revoke"), () -> act(() -> view.fuldmagter().revoke(me, f.id()),
                    "fuldmagt.revoked", holder)).open());
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            revoke.getElement().setAttribute("aria-label", getTranslation("fuldmagt.revoke-named", holder));
            add(row(f, getTranslation("fuldmagt.to", holder), revoke));
        }

        add(new H3(getTranslation("fuldmagt.mine.received")));
        List<Fuldmagt> received = view.fuldmagter().received(me).stream()
                .filter(f -> f.status() != Fuldmagt.Status.REVOKED).toList();
        if (received.isEmpty()) {
            add(new Paragraph(getTranslation("fuldmagt.mine.none")));
        }
        for (Fuldmagt f : received) {
            String giver = name(f.giver());
            if (view.fuldmagter().holds(f)) {
                Button act = new Button(getTranslation("fuldmagt.act"), e -> e.getSource().getUI().ifPresent(ui ->
                        ui.navigate(ActOnBehalfView.class, f.giver().id())));
                act.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                act.getElement().setAttribute("aria-label", getTranslation("fuldmagt.act-named", giver));
                add(row(f, getTranslation("fuldmagt.from", giver), act));
            } else {
                add(row(f, getTranslation("fuldmagt.from", giver)));
            }
        }
    }

    private Div row(Fuldmagt f, String who, com.vaadin.flow.component.Component... actions) {
        Span name = new Span(who);
        name.addClassName("sk-grant-name");
        Span status = new Span(getTranslation("fuldmagt.status." + f.status().name().toLowerCase(Locale.ROOT)));
        status.addClassNames("sk-badge", "sk-status-" + f.status().name().toLowerCase(Locale.ROOT));
        String until = f.validUntil() == null ? getTranslation("fuldmagt.until-revoked")
                : getTranslation("access.until", f.validUntil().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(getLocale())));
        Span areas = new Span(f.areas().stream().sorted().map(Area::id).map(id -> getTranslation("area." + id))
                .collect(Collectors.joining(", ")) + " · " + until);
        areas.addClassName("sk-grant-what");
        Div text = new Div(name, status, areas);
        text.addClassName("sk-grant-text");
        Div buttons = new Div(actions);
        buttons.addClassName("sk-grant-actions");
        Div row = new Div(text, buttons);
        row.addClassName("sk-grant");
        return row;
    }

    private String name(Role role) {
        return sandbox.household().person(role).orElseThrow().fullName();
    }

    private void act(Runnable action, String doneKey, String name) {
        try {
            action.run();
            view.done(doneKey, name);
        } catch (AccessDenied denied) {
            view.problem(denied.messageKey());
        }
    }
}
