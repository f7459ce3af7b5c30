package dk.sandkassen.scenario;

import dk.sandkassen.shared.TranslationFiles;
import java.util.List;
import java.util.Locale;

/**
 * Something wrong in a scenario file, where it is, and how to fix it. The message is an i18n
 * key with arguments, so the teacher page shows it in the teacher's language; the log and the
 * command line use {@link #describe(Locale)}.
 */
public record ScenarioProblem(String file, int line, int column, String key, List<String> args) {

    static final String BUNDLE = "vaadin-i18n/translations";

    public ScenarioProblem {
        args = List.copyOf(args);
    }

    public ScenarioProblem(String file, int line, int column, String key, String... args) {
        this(file, line, column, key, List.of(args));
    }

    /** The message alone, in {@code locale}'s language. */
    public String message(Locale locale) {
        return translate(locale, key, args.toArray());
    }

    /** A message of the app's translations, outside a Vaadin UI (the log, the command line). */
    static String translate(Locale locale, String key, Object... args) {
        return TranslationFiles.translate(key, locale, args).orElseThrow(() -> new java.util.MissingResourceException(
                "No text " + key, BUNDLE, key));
    }

    /** {@code RA-001.yaml:14:7: unknown check 'acessGranted' (did you mean 'accessGranted'?)} */
    public String describe(Locale locale) {
        return file + ":" + line + ":" + column + ": " + message(locale);
    }
}
