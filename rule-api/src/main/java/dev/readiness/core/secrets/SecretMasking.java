package dev.readiness.core.secrets;

import java.util.List;

/**
 * Replaces the secrets {@link SecretPatterns} finds in a text by their masked form ("ghp_…(40 chars)"), so what the
 * tool writes never repeats a secret of the scanned repository. Mask the raw text, before any escaping: an escape
 * next to a secret ("\n", "%0A", "ghp\_") hides it from the patterns.
 */
public final class SecretMasking {

    private SecretMasking() {
    }

    /**
     * A rule's message or another text about code: it quotes sources, commands and configuration, so every format
     * applies that applies to a line of Java, the quoted password as much as a GitHub token.
     */
    public static String inMessage(String message) {
        return masked(message, SecretPatterns.Text.JAVA);
    }

    /**
     * Any other text a report or answer shows: a path, a branch, an author, a commit message, a configuration value.
     * Only the formats recognised by their shape alone apply, since such text has no assignment to go by.
     */
    public static String inText(String text) {
        return masked(text, SecretPatterns.Text.ANY);
    }

    /** Null stays null: reports hand over optional fields as they are. */
    private static String masked(String text, SecretPatterns.Text kind) {
        List<SecretPatterns.Match> secrets = text == null ? List.of() : SecretPatterns.find(text, kind);
        if (secrets.isEmpty()) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text.length());
        int done = 0;
        for (SecretPatterns.Match secret : secrets) {
            masked.append(text, done, secret.start()).append(secret.masked());
            done = secret.end();
        }
        return masked.append(text, done, text.length()).toString();
    }
}
