package dev.readiness.core.text;

/** Brace matching in build scripts read as text (Gradle's Groovy and Kotlin DSL), with strings and comments blanked. */
public final class Braces {

    private Braces() {
    }

    /** The index of the brace closing the one at {@code open} in {@code text}, or the end of the text. */
    public static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return text.length();
    }
}
