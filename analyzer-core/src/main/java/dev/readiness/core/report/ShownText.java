package dev.readiness.core.report;

import dev.readiness.core.secrets.SecretMasking;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text we did not write (paths, branch and author names, commit data, configuration values, rules' messages) as the
 * text, Markdown and HTML reports show it: secrets masked, then every control character spelled out, so a file name
 * can neither clear the terminal nor start a report line of its own. The one definition of both for those formats;
 * JSON and SARIF escape control characters through Jackson and mask in {@link JsonOutput}.
 */
public final class ShownText {

    private static final char ESCAPE = '\u001b';
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

    private ShownText() {
    }

    /** Secrets masked first (an escape next to one would hide it), then control characters spelled out. */
    public static String of(String text) {
        return spelledOut(SecretMasking.inText(text));
    }

    /**
     * A message (a rule's, a tool notification's) as prose on one line: its line breaks become spaces, since a parse
     * error spans lines; then like {@link #of}.
     */
    public static String ofMessage(String message) {
        return of(message == null ? null : LINE_BREAKS.matcher(message).replaceAll(" ").strip());
    }

    /**
     * C0 and C1 controls and DEL as visible escapes: {@code \e} (ESC), {@code \r}, {@code \n}, {@code \t}, the rest
     * as Java writes them in a string (BEL as backslash, u, 0007). So are the characters that reorder or break
     * what a terminal or browser shows without being controls by Java's definition: the bidirectional overrides
     * and isolates ("Trojan Source") and the Unicode line and paragraph separators. Text without any is returned
     * as it is.
     */
    static String spelledOut(String text) {
        if (text == null || text.chars().noneMatch(ShownText::isHidden)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            switch (c) {
                case ESCAPE -> shown.append("\\e");
                case '\r' -> shown.append("\\r");
                case '\n' -> shown.append("\\n");
                case '\t' -> shown.append("\\t");
                default -> {
                    if (isHidden(c)) {
                        shown.append(String.format(Locale.ROOT, "\\u%04x", c));
                    } else {
                        shown.append((char) c);
                    }
                }
            }
        });
        return shown.toString();
    }

    private static boolean isHidden(int c) {
        return Character.isISOControl(c) || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069'
                || c == '\u2028' || c == '\u2029' || c == '\u200e' || c == '\u200f';
    }
}
