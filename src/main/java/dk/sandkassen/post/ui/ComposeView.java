package dk.sandkassen.post.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dk.sandkassen.post.CurrentMailbox;
import dk.sandkassen.post.Authorities;
import dk.sandkassen.post.Composer;
import dk.sandkassen.post.Draft;
import dk.sandkassen.post.FolderRef;
import dk.sandkassen.post.Letter;
import dk.sandkassen.post.Mailbox;
import dk.sandkassen.post.PostAccessDenied;
import dk.sandkassen.post.PostService;
import dk.sandkassen.post.SenderCategory;
import dk.sandkassen.sandbox.CurrentSandbox;
import dk.sandkassen.shared.ui.Notice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Skriv ny besked" and "Besvar": choose the kind of authority and the authority, write a
 * subject and a text, attach up to 10 files (10 MB together), send or keep it as a draft.
 * A refused file or a missing field is said next to it; nothing typed is lost.
 */
@Route(PostNavigation.COMPOSE)
class ComposeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentMailbox currentMailbox;
    private final CurrentSandbox currentSandbox;
    private final PostService post;
    private final Composer composer;
    private final Notice notice = new Notice();
    private final RadioButtonGroup<SenderCategory> category = new RadioButtonGroup<>();
    private final ComboBox<String> authority = new ComboBox<>();
    private final Paragraph replyTo = new Paragraph();
    private final TextField subject = new TextField();
    private final TextArea text = new TextArea();
    private final Upload upload;
    private final UnorderedList files = new UnorderedList();
    private final List<Draft.NewFile> attached = new ArrayList<>();
    private Mailbox box;
    private Long draftId;
    private Long inReplyTo;

    ComposeView(CurrentMailbox currentMailbox, CurrentSandbox currentSandbox, PostService post, Composer composer) {
        this.currentMailbox = currentMailbox;
        this.currentSandbox = currentSandbox;
        this.post = post;
        this.composer = composer;
        addClassNames("sk-page", "sk-compose");

        category.setLabel(getTranslation("compose.category"));
        category.setItems(SenderCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("compose.category." + c.id()));
        category.setId("compose-category");
        category.addValueChangeListener(e -> {
            authority.setItems(e.getValue() == null ? List.of() : Authorities.of(e.getValue(), currentSandbox.get().citizen()));
            authority.clear();
        });
        authority.setLabel(getTranslation("compose.authority"));
        authority.setId("compose-authority");
        authority.setWidthFull();
        replyTo.addClassName("sk-reply-to");
        subject.setLabel(getTranslation("compose.subject"));
        subject.setId("compose-subject");
        // A little over the limit, so that the composer's kind message says what is too long
        // instead of the browser cutting off pasted text without a word.
        subject.setMaxLength(Draft.MAX_SUBJECT + 50);
        subject.setWidthFull();
        text.setLabel(getTranslation("compose.text"));
        text.setId("compose-text");
        text.setWidthFull();
        text.setMinHeight("12rem");
        text.setHelperText(getTranslation("compose.text-help"));

        upload = new Upload(new BoundedUpload(() -> attached, this::attach, this::refuse));
        upload.setMaxFiles(Draft.MAX_FILES);
        upload.setMaxFileSize((int) Draft.MAX_TOTAL_BYTES);
        upload.setI18n(UploadTexts.of(this));
        upload.setId("compose-upload");
        upload.addFileRejectedListener(e -> notice.show(Notice.Kind.ERROR, e.getErrorMessage()));
        files.addClassName("sk-attached");
        files.setId("attached-files");

        Button send = new Button(getTranslation("compose.send"), e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("compose-send");
        Button save = new Button(getTranslation("compose.save-draft"), e -> saveDraft());
        save.setId("compose-save-draft");
        Button cancel = new Button(getTranslation("common.cancel"), e -> UI.getCurrent().navigate(PostNavigation.MAILBOX));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(send, save, cancel);
        actions.addClassName("sk-actions");

        Paragraph limits = new Paragraph(getTranslation("compose.limits"));
        limits.addClassName("sk-note");
        add(new H1(getTranslation("compose.title")), notice, category, authority, replyTo, subject, text, limits, upload,
                files, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Mailbox> mailbox = currentMailbox.get();
        if (mailbox.isEmpty()) {
            event.forwardTo("log-ind", QueryParameters.simple(Map.of("til", "post")));
            return;
        }
        box = mailbox.get();
        QueryParameters query = event.getLocation().getQueryParameters();
        try {
            query.getSingleParameter("svar").filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf)
                    .ifPresent(id -> startReply(post.letter(box, id)));
            query.getSingleParameter("kladde").filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf)
                    .ifPresent(id -> loadDraft(post.letter(box, id)));
        } catch (PostAccessDenied denied) {
            notice.show(Notice.Kind.ERROR, getTranslation(denied.messageKey()));
        }
        if (!post.permissions(box).write()) {
            notice.show(Notice.Kind.ERROR, getTranslation("post.denied.write"));
        }
    }

    private void startReply(Letter letter) {
        if (!letter.replyAllowed()) {
            notice.show(Notice.Kind.INFO, getTranslation("compose.no-reply"));
            return;
        }
        inReplyTo = letter.id();
        category.setVisible(false);
        authority.setVisible(false);
        replyTo.setText(getTranslation("compose.reply-to", letter.sender()));
        subject.setValue(getTranslation("compose.reply-subject", letter.subject()));
    }

    private void loadDraft(Letter draft) {
        if (draft.folder().kind() != FolderRef.Kind.DRAFTS) {
            return;
        }
        draftId = draft.id();
        category.setValue(draft.category());
        if (draft.recipient() != null && !draft.recipient().isBlank()) {
            authority.setValue(draft.recipient());
        }
        subject.setValue(draft.subject());
        text.setValue(draft.body());
        for (var upload : post.uploads(box, draft.id())) {
            attached.add(new Draft.NewFile(upload.fileName(), upload.contentType(),
                    post.upload(box, draft.id(), upload.id()).bytes()));
        }
        showFiles();
    }

    /** A file is kept only if all files together stay within Digital Post's limits. */
    private void attach(Draft.NewFile file) {
        upload.clearFileList();
        List<Draft.NewFile> would = new ArrayList<>(attached);
        would.add(file);
        List<String> problems = Composer.fileProblems(would);
        if (!problems.isEmpty()) {
            notice.show(Notice.Kind.ERROR, getTranslation("compose.file-refused", file.name(), getTranslation(problems.getFirst())));
            return;
        }
        attached.add(file);
        notice.clear();
        showFiles();
    }

    /** Said the same way as a file {@link #attach} refuses, before the file was even read. */
    private void refuse(String fileName, String problem) {
        upload.clearFileList();
        notice.show(Notice.Kind.ERROR, getTranslation("compose.file-refused", fileName, getTranslation(problem)));
    }

    private void showFiles() {
        files.removeAll();
        for (Draft.NewFile file : List.copyOf(attached)) {
            Span name = new Span(getTranslation("compose.file", file.name(), kilobytes(file.data().length)));
            Button remove = new Button(getTranslation("compose.remove-file"), e -> {
                attached.remove(file);
                showFiles();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.getElement().setAttribute("aria-label", getTranslation("compose.remove-named", file.name()));
            files.add(new ListItem(name, remove));
        }
    }

    private Draft draft() {
        return new Draft(draftId, category.getValue(), authority.getValue(), subject.getValue(), text.getValue(),
                attached, inReplyTo);
    }

    private void send() {
        try {
            Composer.Outcome outcome = composer.send(box, draft());
            if (outcome.sent()) {
                UI.getCurrent().navigate(PostNavigation.letter(FolderRef.SENT, outcome.messageId()));
                return;
            }
            notice.show(Notice.Kind.ERROR, outcome.problems().stream().map(this::getTranslation)
                    .reduce((a, b) -> a + " " + b).orElse(""));
        } catch (PostAccessDenied denied) {
            notice.show(Notice.Kind.ERROR, getTranslation(denied.messageKey()));
        }
    }

    private void saveDraft() {
        try {
            Composer.Outcome outcome = composer.saveDraft(box, draft());
            if (outcome.sent()) {
                draftId = outcome.messageId();
                notice.show(Notice.Kind.SUCCESS, getTranslation("compose.draft-saved"));
            } else {
                notice.show(Notice.Kind.ERROR, getTranslation(outcome.problems().getFirst()));
            }
        } catch (PostAccessDenied denied) {
            notice.show(Notice.Kind.ERROR, getTranslation(denied.messageKey()));
        }
    }

    private static String kilobytes(long bytes) {
        return bytes < 1024 * 1024 ? (bytes + 1023) / 1024 + " kB" : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compose.page-title");
    }
}
