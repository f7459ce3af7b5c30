package dk.sandkassen.post.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import dk.sandkassen.post.FolderRef;
import dk.sandkassen.post.Letter;
import dk.sandkassen.post.LetterSort;
import dk.sandkassen.post.Mailbox;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The message list ("Mailliste"): sender, subject, date, unread in bold, a clip for an
 * attachment; search (sender, subject, text) and sort (date, sender); select several to mark
 * them, move them or delete them. Loaded a page at a time, so 500 letters stay quick.
 */
class MessageList extends Div {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private final DigitalPostView view;
    private final TextField search = new TextField();
    private final Select<LetterSort> sort = new Select<>();
    private final Grid<Letter> grid = new Grid<>();
    private final Span count = new Span();
    private final BulkActions bulk;
    private List<Letter> dragged = List.of();
    private Mailbox box;
    private FolderRef folder;

    MessageList(DigitalPostView view) {
        this.view = view;
        addClassName("sk-messages");
        H2 heading = new H2(getTranslation("post.messages"));
        heading.addClassName("sk-visually-hidden");

        search.setLabel(getTranslation("post.search"));
        search.setPlaceholder(getTranslation("post.search-placeholder"));
        search.setId("post-search");
        search.setClearButtonVisible(true);
        search.setMaxLength(dk.sandkassen.post.PostService.MAX_SEARCH);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(400);
        search.addValueChangeListener(e -> {
            view.post().searched(box, e.getValue());
            refresh();
        });
        sort.setLabel(getTranslation("post.sort"));
        sort.setItems(LetterSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("post.sort." + s.name().toLowerCase(java.util.Locale.ROOT)));
        sort.setValue(LetterSort.DATE);
        sort.setId("post-sort");
        sort.addValueChangeListener(e -> refresh());
        Div tools = new Div(search, sort);
        tools.addClassName("sk-messages-tools");

        count.addClassName("sk-messages-count");
        count.getElement().setAttribute("aria-live", "polite");

        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        // "Vælg alle" as in a real mailbox; a lazy list hides it by default, but a folder holds at
        // most SandboxLimits.MAX_LETTERS letters, so selecting them all is bounded.
        ((com.vaadin.flow.component.grid.GridMultiSelectionModel<Letter>) grid.getSelectionModel())
                .setSelectAllCheckboxVisibility(
                        com.vaadin.flow.component.grid.GridMultiSelectionModel.SelectAllCheckboxVisibility.VISIBLE);
        // Vaadin 25.2's selection column names its checkboxes "Select All" and "Select Row" in
        // English on every page (a translation API comes in 25.3): name them in the page's language.
        grid.getElement().executeJs("""
                const grid = this, all = $0, row = $1;
                const name = () => grid.querySelectorAll('vaadin-checkbox').forEach(box => {
                    const wanted = box.classList.contains('vaadin-grid-select-all-checkbox') ? all : row;
                    if (box.accessibleName !== wanted) box.accessibleName = wanted;
                });
                new MutationObserver(name).observe(grid, {childList: true, subtree: true});
                name();""", getTranslation("post.select-all"), getTranslation("post.select-row"));
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("message-list");
        grid.getElement().setAttribute("aria-label", getTranslation("post.messages"));
        grid.addColumn(LitRenderer.<Letter>of("""
                        <div class="sk-row ${item.unread ? 'sk-unread' : ''}">
                          <span class="sk-row-sender">${item.who}</span>
                          <span class="sk-row-date">${item.date}</span>
                          <span class="sk-row-subject ${item.clip ? 'sk-clip' : ''}">${item.subject}</span>
                          <span class="sk-visually-hidden">${item.hidden}</span>
                        </div>""")
                        .withProperty("unread", Letter::unread)
                        .withProperty("who", this::who)
                        .withProperty("subject", Letter::subject)
                        .withProperty("date", l -> l.receivedAt().atZone(ZONE).toLocalDate()
                                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())))
                        .withProperty("clip", Letter::hasAttachment)
                        .withProperty("hidden", this::hiddenText))
                .setHeader(getTranslation("post.messages"));
        grid.addItemClickListener(e -> view.navigateToLetter(e.getItem().id()));
        grid.setRowsDraggable(true);
        grid.addDragStartListener(e -> dragged = new ArrayList<>(e.getDraggedItems()));
        grid.addDragEndListener(e -> dragged = List.of());
        grid.setPageSize(40);
        grid.setEmptyStateText(getTranslation("post.empty"));

        bulk = new BulkActions(view, this);
        grid.addSelectionListener(e -> bulk.show(e.getAllSelectedItems()));
        add(heading, tools, bulk, count, grid);
    }

    void show(Mailbox box, FolderRef folder) {
        boolean changed = !folder.equals(this.folder) || this.box == null || !box.equals(this.box);
        this.box = box;
        this.folder = folder;
        if (changed) {
            grid.deselectAll();
        }
        grid.setRowsDraggable(view.permissions().organise());
        refresh();
    }

    void refresh() {
        String text = search.getValue();
        LetterSort order = sort.getValue();
        grid.setItems(DataProvider.fromCallbacks(
                query -> view.post().letters(box, folder, text, order, query.getOffset(), query.getLimit()).stream(),
                query -> view.post().count(box, folder, text)));
        int total = view.post().count(box, folder, text);
        count.setText(getTranslation(text.isBlank() ? "post.count" : "post.count-found", total));
        count.getElement().setAttribute("data-search", text);
        bulk.show(grid.getSelectedItems());
    }

    Set<Letter> selected() {
        return grid.getSelectedItems();
    }

    void clearSelection() {
        grid.deselectAll();
    }

    /** Letters dropped on a folder: the dragged rows, or all selected rows if a selected one was dragged. */
    void moveDragged(FolderRef target, String targetName) {
        List<Long> ids = dragged.stream().map(Letter::id).toList();
        if (ids.isEmpty()) {
            return;
        }
        String what = view.what(ids);
        view.attempt(() -> view.post().move(box, ids, target), "post.moved", what, targetName);
        dragged = List.of();
    }

    private String who(Letter letter) {
        return letter.isWritten() && letter.recipient() != null && !letter.recipient().isBlank()
                ? getTranslation("post.to", letter.recipient()) : letter.sender();
    }

    private String hiddenText(Letter letter) {
        List<String> parts = new ArrayList<>();
        if (letter.unread()) {
            parts.add(getTranslation("post.unread"));
        }
        if (letter.hasAttachment()) {
            parts.add(getTranslation("post.has-attachment"));
        }
        return String.join(", ", parts);
    }
}
