package dk.sandkassen.post.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import dk.sandkassen.post.FolderRef;
import dk.sandkassen.post.Letter;
import dk.sandkassen.post.Mailbox;
import dk.sandkassen.post.Permissions;
import dk.sandkassen.post.Upload;
import dk.sandkassen.shared.ui.FactList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/**
 * The open letter: sender, date, subject and text (always shown as text, whatever it contains),
 * "Læs op" and "Hvad betyder brevet?" ({@link LetterAids}), the attachment, and what can be done: "Besvar" where the sender allows replies, mark unread,
 * move, delete or restore, full screen and larger text.
 */
class LetterPane extends Article {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private final DigitalPostView view;
    private boolean fullScreen;
    private int zoom;

    LetterPane(DigitalPostView view) {
        this.view = view;
        addClassName("sk-letter");
        setId("letter");
    }

    void clear() {
        removeAll();
        Paragraph hint = new Paragraph(getTranslation("post.choose-letter"));
        hint.addClassName("sk-letter-empty");
        add(hint);
        getElement().setAttribute("aria-label", getTranslation("post.letter"));
    }

    void show(Mailbox box, Letter letter, FolderRef folder) {
        removeAll();
        Permissions p = view.permissions();
        H2 subject = new H2(letter.subject());
        subject.setId("letter-subject");
        subject.getElement().setAttribute("tabindex", "-1");
        getElement().setAttribute("aria-labelledby", "letter-subject");

        String date = letter.receivedAt().atZone(ZONE).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
                FormatStyle.SHORT).withLocale(getLocale()));
        FactList facts = new FactList();
        if (letter.isWritten()) {
            facts.fact(getTranslation("post.letter.to"), letter.recipient() == null ? "" : letter.recipient());
        } else {
            facts.fact(getTranslation("post.letter.from"), letter.sender());
        }
        facts.fact(getTranslation("post.letter.date"), date);
        if (letter.helper() != null) {
            facts.fact(getTranslation("post.letter.helper"), view.helperName(letter.helper()));
        }

        Div body = new Div();
        body.addClassName("sk-letter-body");
        // The letter is in Danish (as real letters are) on a page that may be in Arabic: it keeps
        // its own language and direction; one the learner wrote takes the direction of its text.
        for (com.vaadin.flow.component.HasElement part : List.of(subject, body)) {
            part.getElement().setAttribute("dir", "auto");
            if (!letter.isWritten()) {
                part.getElement().setAttribute("lang", "da");
            }
        }
        for (String paragraph : letter.body().split("\n\n")) {
            body.add(new Paragraph(paragraph));
        }

        add(toolbar(box, letter, folder, p), subject, facts, new LetterAids(letter, view.explanation(letter)), body,
                attachments(box, letter));
        subject.getElement().callJsFunction("focus");
    }

    private Div toolbar(Mailbox box, Letter letter, FolderRef folder, Permissions p) {
        Div bar = new Div();
        bar.addClassName("sk-letter-toolbar");
        Button back = new Button(getTranslation("post.back-to-list"), e -> view.navigateToFolder(folder));
        back.addClassName("sk-letter-back");
        bar.add(back);
        if (letter.replyAllowed() && !letter.isWritten() && p.write() && folder.kind() != FolderRef.Kind.DELETED) {
            Button reply = new Button(getTranslation("post.reply"), e -> e.getSource().getUI().ifPresent(ui ->
                    ui.navigate(PostNavigation.COMPOSE, QueryParameters.simple(Map.of("svar", String.valueOf(letter.id()))))));
            reply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            reply.setId("reply");
            bar.add(reply);
        }
        if (folder.kind() == FolderRef.Kind.DRAFTS && p.write()) {
            Button edit = new Button(getTranslation("post.edit-draft"), e -> e.getSource().getUI().ifPresent(ui ->
                    ui.navigate(PostNavigation.COMPOSE, QueryParameters.simple(Map.of("kladde", String.valueOf(letter.id()))))));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(edit);
        }
        if (p.organise()) {
            List<Long> id = List.of(letter.id());
            if (folder.kind() == FolderRef.Kind.DELETED) {
                String what = view.what(id);
                bar.add(new Button(getTranslation("post.restore"), e -> {
                    view.attempt(() -> view.post().restore(box, id), "post.restored", what);
                    view.navigateToFolder(folder);
                }));
            } else {
                String what = view.what(id);
                bar.add(new Button(getTranslation("post.mark-unread"), e -> {
                    view.attempt(() -> view.post().markUnread(box, id, true), "post.marked-unread", what);
                    view.navigateToFolder(folder);
                }));
                bar.add(new Button(getTranslation("post.move"), e -> new MoveDialog(view, id, () -> view.navigateToFolder(folder)).open()));
                Button delete = new Button(getTranslation("post.delete"), e -> {
                    view.attempt(() -> view.post().delete(box, id), "post.deleted", what);
                    view.navigateToFolder(folder);
                });
                delete.setId("delete-letter");
                bar.add(delete);
            }
        }
        Button full = new Button(getTranslation(fullScreen ? "post.exit-full-screen" : "post.full-screen"));
        full.addClickListener(e -> {
            fullScreen = !fullScreen;
            view.getElement().setAttribute("data-full-screen", fullScreen);
            full.setText(getTranslation(fullScreen ? "post.exit-full-screen" : "post.full-screen"));
        });
        Button bigger = new Button(getTranslation("post.zoom-in"), e -> zoom(1));
        Button smaller = new Button(getTranslation("post.zoom-out"), e -> zoom(-1));
        bar.add(full, bigger, smaller);
        for (var child : bar.getChildren().toList()) {
            if (child instanceof Button button) {
                button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            }
        }
        return bar;
    }

    private void zoom(int step) {
        zoom = Math.max(0, Math.min(3, zoom + step));
        getElement().setAttribute("data-zoom", String.valueOf(zoom));
    }

    private Div attachments(Mailbox box, Letter letter) {
        Div files = new Div();
        files.addClassName("sk-letter-files");
        if (letter.attachmentName() != null) {
            Span name = new Span(letter.attachmentName());
            name.addClassName("sk-file-name");
            Anchor open = new Anchor(Downloads.of(() -> view.post().letterPdf(box, letter.id()), true),
                    getTranslation("post.open-attachment"));
            open.setTarget("_blank");
            open.setId("open-attachment");
            open.getElement().setAttribute("aria-label", getTranslation("post.open-named", letter.attachmentName()));
            Anchor save = new Anchor(Downloads.of(() -> view.post().letterPdf(box, letter.id()), false),
                    getTranslation("post.download"));
            save.getElement().setAttribute("download", true);
            save.getElement().setAttribute("aria-label", getTranslation("post.download-named", letter.attachmentName()));
            files.add(file(name, open, save));
        }
        if (letter.uploads() > 0) {
            for (Upload upload : view.post().uploads(box, letter.id())) {
                Span name = new Span(upload.fileName());
                name.addClassName("sk-file-name");
                Anchor save = new Anchor(Downloads.of(() -> view.post().upload(box, letter.id(), upload.id()), false),
                        getTranslation("post.download"));
                save.getElement().setAttribute("download", true);
                save.getElement().setAttribute("aria-label", getTranslation("post.download-named", upload.fileName()));
                files.add(file(name, save));
            }
        }
        files.setVisible(files.getComponentCount() > 0);
        return files;
    }

    private static Div file(com.vaadin.flow.component.Component... parts) {
        Div file = new Div(parts);
        file.addClassName("sk-file");
        return file;
    }
}
