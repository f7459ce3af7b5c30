package dk.sandkassen.post;

/** How the message list is sorted: newest first, or by sender. */
public enum LetterSort { DATE, SENDER }
