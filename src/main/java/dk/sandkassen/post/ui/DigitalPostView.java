package dk.sandkassen.post.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dk.sandkassen.post.CurrentMailbox;
import dk.sandkassen.login.CurrentLogin;
import dk.sandkassen.login.ui.LoginNavigation;
import dk.sandkassen.post.Folder;
import dk.sandkassen.post.FolderRef;
import dk.sandkassen.post.FolderService;
import dk.sandkassen.post.Letter;
import dk.sandkassen.post.LetterExplanation;
import dk.sandkassen.post.LetterExplanations;
import dk.sandkassen.post.LetterHelp;
import dk.sandkassen.post.Mailbox;
import dk.sandkassen.post.Permissions;
import dk.sandkassen.post.PostAccessDenied;
import dk.sandkassen.post.PostService;
import dk.sandkassen.sandbox.CurrentSandbox;
import dk.sandkassen.shared.ui.Notice;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Digital Post, laid out like the real one: the folder list, the message list with search and
 * sort, and the open letter beside it (instead of it on a phone). The folder and the letter
 * are in the URL: /post/indbakke/123.
 */
@Route("post/:folder?/:letter?")
class DigitalPostView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentMailbox currentMailbox;
    private final CurrentSandbox currentSandbox;
    private final CurrentLogin currentLogin;
    private final PostService post;
    private final FolderService folderService;
    private final LetterExplanations explanations;
    private final ObjectProvider<LetterHelp> letterHelp;
    private final Notice notice = new Notice();
    private final PostHeader header;
    private final FolderList folderList;
    private final MessageList messages;
    private final LetterPane letterPane;
    private Mailbox box;
    private FolderRef folder = FolderRef.INBOX;
    /** An action's message survives the navigation the action makes (to the folder, after a delete). */
    private boolean keepNotice;

    DigitalPostView(CurrentMailbox currentMailbox, CurrentSandbox currentSandbox, CurrentLogin currentLogin,
                    PostService post, FolderService folderService, LetterExplanations explanations,
                    ObjectProvider<LetterHelp> letterHelp) {
        this.currentMailbox = currentMailbox;
        this.explanations = explanations;
        this.letterHelp = letterHelp;
        this.currentLogin = currentLogin;
        this.currentSandbox = currentSandbox;
        this.post = post;
        this.folderService = folderService;
        addClassNames("sk-page", "sk-post");
        header = new PostHeader(currentSandbox, currentMailbox, post);
        folderList = new FolderList(this);
        messages = new MessageList(this);
        letterPane = new LetterPane(this);
        Div body = new Div(folderList, messages, letterPane);
        body.addClassName("sk-post-body");
        add(header, notice, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean justLoggedIn = event.getLocation().getQueryParameters().getSingleParameter(LoginNavigation.JUST_LOGGED_IN).isPresent();
        if (justLoggedIn) {
            currentMailbox.backToOwn();
        }
        Optional<Mailbox> mailbox = currentMailbox.get();
        if (mailbox.isEmpty()) {
            event.forwardTo("log-ind", QueryParameters.simple(Map.of("til", "post")));
            return;
        }
        box = mailbox.get();
        if (!keepNotice) {
            notice.clear();
        }
        // A letter is opened (and so marked read) first, so that the lists below are drawn once, already right.
        Optional<Long> letter = event.getRouteParameters().get("letter").filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf);
        Letter opened = null;
        PostAccessDenied letterRefused = null;
        if (letter.isPresent()) {
            try {
                opened = post.open(box, letter.get());
            } catch (PostAccessDenied denied) {
                letterRefused = denied;
            }
        }
        List<Folder> folders;
        try {
            folders = post.folders(box);
        } catch (PostAccessDenied denied) {
            currentMailbox.backToOwn();
            notice.show(Notice.Kind.ERROR, getTranslation(denied.messageKey()));
            keepNotice = true;
            event.forwardTo(PostNavigation.MAILBOX);
            return;
        }
        folder = event.getRouteParameters().get("folder").flatMap(FolderRef::parse)
                .filter(ref -> folders.stream().anyMatch(f -> f.ref().equals(ref)))
                .orElse(folders.isEmpty() ? FolderRef.INBOX : folders.getFirst().ref());

        if (!keepNotice && justLoggedIn) {
            currentLogin.get().ifPresent(login -> notice.show(Notice.Kind.SUCCESS, getTranslation("post.logged-in-as",
                    helperName(login.role()), getTranslation("login.method." + login.method().id()),
                    getTranslation("mitid.authenticator." + login.authenticator().id()))));
        }
        header.show(box, post.permissions(box));
        folderList.show(folders, folder);
        messages.show(box, folder);
        if (opened != null) {
            letterPane.show(box, opened, folder);
        } else {
            letterPane.clear();
        }
        if (letterRefused != null) {
            notice.show(Notice.Kind.ERROR, getTranslation(letterRefused.messageKey()));
        }
        getElement().setAttribute("data-letter-open", letter.isPresent());
        keepNotice = false;
    }

    /**
     * Sandkassen's explanation of a letter from the catalogue, unless an exercise that tests
     * reading letters runs; none for a letter the citizen wrote or one written in a scenario file.
     */
    Optional<LetterExplanation> explanation(Letter letter) {
        String template = letter.templateId();
        if (template == null || letter.isWritten()
                || !letterHelp.stream().allMatch(help -> help.offered(box.sandbox()))) {
            return Optional.empty();
        }
        return explanations.find(template, getLocale());
    }

    MessageList messages() {
        return messages;
    }

    Mailbox mailbox() {
        return box;
    }

    FolderRef folder() {
        return folder;
    }

    Permissions permissions() {
        return post.permissions(box);
    }

    PostService post() {
        return post;
    }

    FolderService folders() {
        return folderService;
    }

    Notice notice() {
        return notice;
    }

    void navigateToFolder(FolderRef target) {
        UI.getCurrent().navigate(PostNavigation.folder(target));
    }

    void navigateToLetter(long id) {
        UI.getCurrent().navigate(PostNavigation.letter(folder, id));
    }

    /** After an action: the lists again, the open letter closed if it left the folder. */
    void refresh() {
        folderList.show(post.folders(box), folder);
        messages.refresh();
    }

    /** Runs an action; a refusal is said kindly in the page, and nothing changes. */
    void attempt(Runnable action, String doneKey, Object... parameters) {
        try {
            action.run();
            notice.show(Notice.Kind.SUCCESS, getTranslation(doneKey, parameters));
        } catch (PostAccessDenied denied) {
            notice.show(Notice.Kind.ERROR, getTranslation(denied.messageKey()));
        }
        keepNotice = true;
        refresh();
    }

    /** "Indkaldelse til samtale" or "3 beskeder": what an action was done to, for its message. */
    String what(java.util.List<Long> ids) {
        if (ids.size() == 1) {
            try {
                return "\u201C" + post.letter(box, ids.getFirst()).subject() + "\u201D";
            } catch (PostAccessDenied denied) {
                return "1";
            }
        }
        return getTranslation("post.n-messages", ids.size());
    }

    String helperName(dk.sandkassen.identity.Role helper) {
        return currentSandbox.get().household().person(helper).map(person -> person.fullName()).orElse("");
    }

    String folderName(Folder folder) {
        return folder.ref().isCustom() ? folder.name() : getTranslation("folder." + folder.ref().kind().id());
    }

    String folderName(FolderRef ref) {
        return post.folders(box).stream().filter(f -> f.ref().equals(ref)).findFirst().map(this::folderName).orElse("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("post.page-title");
    }
}
