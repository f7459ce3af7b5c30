package dk.sandkassen.shared;

/**
 * Looks up a text by its i18n key, in one language: a view's {@code this::getTranslation}, or a
 * test's reading of a translation file. Lets a document such as a PDF gather its printed texts
 * in one place without depending on Vaadin.
 */
@FunctionalInterface
public interface Translate {

    String text(String key, Object... params);
}
