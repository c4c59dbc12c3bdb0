package dev.readiness.core.history;

import dev.readiness.core.secrets.SecretMasking;

/**
 * Commit data as the history keeps it: secrets masked and lengths bounded before anything reads, caches or shows
 * it. A commit is written by whoever made it: a subject of 100,000 characters cost the message patterns minutes,
 * while real subjects hold under a hundred and nothing past the first lines of a body names a fix.
 */
final class CommitText {

    static final int MAX_SUBJECT = 500;
    static final int MAX_MESSAGE = 8_192;
    static final int MAX_NAME = 256;

    private CommitText() {
    }

    /** The message with its first line and its whole length cut to the bounds, then masked. */
    static String message(String message) {
        int newline = message.indexOf('\n');
        String subject = newline < 0 ? message : message.substring(0, newline);
        String bounded = subject.length() <= MAX_SUBJECT ? message
                : subject.substring(0, MAX_SUBJECT) + (newline < 0 ? "" : message.substring(newline));
        return SecretMasking.inText(bounded.length() <= MAX_MESSAGE ? bounded : bounded.substring(0, MAX_MESSAGE));
    }

    /** An author's name or e-mail, cut to {@link #MAX_NAME} characters, then masked. */
    static String identity(String text) {
        return SecretMasking.inText(text.length() <= MAX_NAME ? text : text.substring(0, MAX_NAME));
    }
}
