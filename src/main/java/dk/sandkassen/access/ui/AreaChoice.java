package dk.sandkassen.access.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import dk.sandkassen.access.Area;
import java.util.EnumSet;
import java.util.Set;

/** The areas a fuldmagt can cover, to tick. */
class AreaChoice extends CheckboxGroup<Area> {

    AreaChoice(String label) {
        super(label);
        setItems(Area.values());
        setItemLabelGenerator(area -> getTranslation("area." + area.id()));
    }

    Set<Area> chosen() {
        return getValue().isEmpty() ? EnumSet.noneOf(Area.class) : EnumSet.copyOf(getValue());
    }
}
