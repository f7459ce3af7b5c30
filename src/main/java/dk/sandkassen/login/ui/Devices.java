package dk.sandkassen.login.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/** The place beside a login box where a device (phone, key card, code display, chip) is shown. */
final class Devices {

    private Devices() {
    }

    /**
     * Shows the device the learner needs now. Where the page is one column (a tablet, a phone)
     * it comes first and is scrolled into view: "open the app on the phone on the screen" must
     * not send the learner looking for a phone 1,000 pixels further down.
     */
    static void show(Div aside, Component device) {
        aside.removeAll();
        aside.add(device);
        aside.addClassName("sk-has-phone");
        device.getElement().executeJs("requestAnimationFrame(() => this.scrollIntoView({block: 'nearest'}))");
    }

    /** Back to the practice details beside the box, in their usual place. */
    static void showNotes(Div aside, Component notes) {
        aside.removeAll();
        aside.add(notes);
        aside.removeClassName("sk-has-phone");
    }
}
