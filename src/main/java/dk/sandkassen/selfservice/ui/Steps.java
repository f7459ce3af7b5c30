package dk.sandkassen.selfservice.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import java.util.List;

/** "1 Din læge · 2 Vælg · 3 Bekræft · 4 Kvittering": where the learner is in the flow, as the real forms show it. */
class Steps extends OrderedList {

    private final List<ListItem> items;

    Steps(String... labels) {
        addClassName("sk-steps");
        getElement().setAttribute("aria-label", getTranslation("selfservice.steps"));
        items = java.util.Arrays.stream(labels).map(ListItem::new).toList();
        items.forEach(this::add);
        show(0);
    }

    void show(int current) {
        for (int i = 0; i < items.size(); i++) {
            if (i == current) {
                items.get(i).getElement().setAttribute("aria-current", "step");
            } else {
                items.get(i).getElement().removeAttribute("aria-current");
            }
        }
    }
}
