package dk.sandkassen.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * "Læs op": reads a text aloud with the browser's own speech synthesis (the Web Speech API), in
 * a voice for the text's language — a letter in Danish, an exercise step in the learner's
 * language. Everything happens in the browser: Sandkassen sends the text nowhere. A voice
 * that runs on the device is preferred; when the browser has only an online voice (which sends
 * the text to the browser maker's service), a note beside the button says so; when it has no
 * voice for the language, the button stays hidden (voices load late: {@code voiceschanged}).
 * Pressing again stops; so does another "Læs op", or the text leaving the page.
 */
public class ReadAloud extends Div {

    private static final AtomicLong IDS = new AtomicLong();
    private static final String SCRIPT_SENT = "sk-read-aloud-script";

    private final String text;
    private final Locale language;
    private final String what;

    /** Defined once per page: which reading is going on, the voice choice, start and stop. */
    private static final String SCRIPT = """
            window.skReadAloud = window.skReadAloud || (() => {
                let current = null;
                const synth = () => window.speechSynthesis;
                const tag = lang => String(lang || '').toLowerCase().replace('_', '-');
                const choose = lang => {
                    const all = synth() && typeof synth().getVoices === 'function' ? (synth().getVoices() || []) : [];
                    const same = all.filter(v => tag(v.lang).split('-')[0] === tag(lang).split('-')[0]);
                    const local = same.filter(v => v.localService === true);
                    const pick = list => list.find(v => tag(v.lang) === tag(lang)) || list[0];
                    return local.length ? {voice: pick(local), online: false}
                        : same.length ? {voice: pick(same), online: true} : null;
                };
                const stop = () => {
                    const was = current;
                    current = null;
                    if (was) {
                        synth().cancel();
                        was.show(false);
                    }
                };
                window.addEventListener('pagehide', stop);
                const attach = (root, text, lang, texts) => {
                    const button = root.querySelector('.sk-read-aloud-button');
                    const label = root.querySelector('.sk-read-aloud-label');
                    const note = root.querySelector('.sk-read-aloud-note');
                    const key = lang + '\\n' + text;
                    const show = speaking => {
                        label.textContent = speaking ? texts.stop : texts.start;
                        button.setAttribute('aria-label', speaking ? texts.stopName : texts.startName);
                    };
                    const update = () => {
                        if (!root.isConnected && root.dataset.attached) {
                            synth().removeEventListener('voiceschanged', update);
                            return;
                        }
                        const found = choose(lang);
                        root.hidden = !found;
                        note.hidden = !(found && found.online);
                        if (note.hidden) {
                            button.removeAttribute('aria-describedby');
                        } else {
                            button.setAttribute('aria-describedby', note.id);
                        }
                    };
                    root.dataset.attached = 'true';
                    update();
                    if (synth() && typeof synth().addEventListener === 'function') {
                        synth().addEventListener('voiceschanged', update);
                    }
                    button.addEventListener('click', () => {
                        if (current && current.root === root) {
                            stop();
                            return;
                        }
                        stop();
                        const found = choose(lang);
                        if (!found) {
                            update();
                            return;
                        }
                        const utterance = new SpeechSynthesisUtterance(text);
                        utterance.lang = lang;
                        utterance.voice = found.voice;
                        const mine = {root, key, show};
                        current = mine;
                        const done = () => {
                            if (current === mine) {
                                current = null;
                                mine.show(false);
                            }
                        };
                        utterance.addEventListener('end', done);
                        utterance.addEventListener('error', done);
                        show(true);
                        synth().speak(utterance);
                    });
                    // The same text drawn again while it is read (a panel redrawn): the new button takes over.
                    if (current && current.key === key && !current.root.isConnected) {
                        current.root = root;
                        current.show = show;
                        show(true);
                    }
                };
                const forget = () => setTimeout(() => {
                    if (current && !current.root.isConnected) {
                        stop();
                    }
                }, 0);
                return {attach, forget};
            })();
            """;

    /**
     * @param text     what is read
     * @param language the language the text is written in (its voice)
     * @param what     what is read, for the button's accessible name in the learner's language ("brevet (på dansk)")
     */
    public ReadAloud(String text, Locale language, String what) {
        this.text = text;
        this.language = language;
        this.what = what;
        addClassName("sk-read-aloud");
        // Hidden until the browser shows it has a voice for the language.
        getElement().setAttribute("hidden", true);
        String noteId = "sk-read-aloud-note-" + IDS.incrementAndGet();
        Span label = new Span(getTranslation("readaloud.start"));
        label.addClassName("sk-read-aloud-label");
        Button button = new Button();
        button.getElement().appendChild(label.getElement());
        button.addClassName("sk-read-aloud-button");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", getTranslation("readaloud.start-named", what));
        Span note = new Span(getTranslation("readaloud.online"));
        note.setId(noteId);
        note.addClassName("sk-read-aloud-note");
        note.getElement().setAttribute("hidden", true);
        add(button, note);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // The script once per page (a UI is one page load): the exercise panel draws its buttons again after every step.
        UI ui = event.getUI();
        if (ComponentUtil.getData(ui, SCRIPT_SENT) == null) {
            ComponentUtil.setData(ui, SCRIPT_SENT, Boolean.TRUE);
            ui.getPage().executeJs(SCRIPT);
        }
        getElement().executeJs("window.skReadAloud.attach(this, $0, $1, {start: $2, stop: $3, startName: $4,"
                        + " stopName: $5});", text, language.toLanguageTag(), getTranslation("readaloud.start"),
                getTranslation("readaloud.stop"), getTranslation("readaloud.start-named", what),
                getTranslation("readaloud.stop-named", what));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().getPage().executeJs("window.skReadAloud && window.skReadAloud.forget()");
    }
}
