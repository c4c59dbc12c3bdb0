package dev.readiness.core.modules;

/**
 * Lexical helpers for Gradle scripts: blank out comments or string contents with spaces (keeping every
 * offset and line break, so positions still point into the original text).
 */
final class GradleText {

    private GradleText() {
    }

    /** The script with {@code //} and {@code /* *}{@code /} comments blanked; strings kept. */
    static String withoutComments(String script) {
        return blank(script, true);
    }

    /** {@code code} (already without comments) with the contents of string literals blanked. */
    static String withoutStrings(String code) {
        return blank(code, false);
    }

    private static String blank(String text, boolean comments) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = c == '"' || c == '\'' ? stringEnd(text, i) : commentEnd(text, i);
            if (end == i) {
                i++;
                continue;
            }
            boolean isString = c == '"' || c == '\'';
            if (isString != comments) {
                fill(out, isString ? i + 1 : i, isString ? end - 1 : end);
            }
            i = end;
        }
        return out.toString();
    }

    /** The index just after the comment starting at {@code start}, or {@code start} when none starts there. */
    private static int commentEnd(String text, int start) {
        if (text.startsWith("//", start)) {
            int end = text.indexOf('\n', start);
            return end < 0 ? text.length() : end;
        }
        if (text.startsWith("/*", start)) {
            int end = text.indexOf("*/", start + 2);
            return end < 0 ? text.length() : end + 2;
        }
        return start;
    }

    /** The index just after the string literal starting at {@code start} (triple quotes included). */
    private static int stringEnd(String text, int start) {
        char quote = text.charAt(start);
        String triple = String.valueOf(quote).repeat(3);
        if (text.startsWith(triple, start)) {
            int end = text.indexOf(triple, start + 3);
            return end < 0 ? text.length() : end + 3;
        }
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != quote && text.charAt(i) != '\n') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, text.length());
    }

    private static void fill(StringBuilder out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
    }

    /** The index of the '(' matching the ')' at {@code close}, or 0 when unbalanced. */
    static int openingParenthesis(String masked, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            char c = masked.charAt(i);
            depth += c == ')' ? 1 : c == '(' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return 0;
    }

    /** 1-based line of an offset. */
    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
