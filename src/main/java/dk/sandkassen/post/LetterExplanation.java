package dk.sandkassen.post;

/**
 * Sandkassen's plain-language help beside a catalogue letter ("Hvad betyder brevet?"): what it
 * is about, whether the citizen must do something, and by when — in one language.
 *
 * @param language the language it is written in (the learner's, or the fallback it came from)
 */
public record LetterExplanation(String language, String about, String todo, String when) {
}
