package dev.readiness.core.report;

import java.util.regex.Pattern;

/**
 * Reduces rule help Markdown to readable plain text for SARIF {@code help.text}, which viewers without a
 * Markdown renderer show verbatim. Reasonable, not complete: headings, emphasis, inline code, links and
 * code fences lose their markup; the words and code lines stay.
 */
public final class MarkdownText {

    private static final Pattern FENCE = Pattern.compile("(?m)^[ \\t]*(```|~~~).*\\R?");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+");
    private static final Pattern QUOTE = Pattern.compile("(?m)^>\\s?");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\(([^)\\s]+)[^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]+)[^)]*\\)");
    private static final Pattern BOLD = Pattern.compile("(\\*\\*|__)(\\S(?:.*?\\S)?)\\1");
    // Single '*' only: a single '_' is too common inside identifiers such as MAX_SIZE.
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w*])\\*(\\S(?:.*?\\S)?)\\*(?![\\w*])");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    /**
     * What GitHub turns into a mention or a reference to an issue in a comment: "@user", "@org/team", "#123" (also
     * "owner/repo#123") and "GH-123". Text we did not write must not notify anyone nor link to an issue.
     */
    private static final Pattern LINKED = Pattern.compile("@(?=[A-Za-z0-9])|#(?=[0-9])|(?i:\\bGH-)(?=[0-9])");
    /** Zero-width joiner: invisible, and it parts the "@", "#" or "GH-" from what follows, so nothing links. */
    private static final String UNLINKED = "$0\u200D";
    /** ASCII punctuation that can start or end Markdown or HTML markup, including '|' of table cells. */
    private static final String SPECIAL = "\\`*_{}[]()<>#!|~&";

    private MarkdownText() {
    }

    static String plain(String markdown) {
        String text = FENCE.matcher(markdown).replaceAll("");
        text = HEADING.matcher(text).replaceAll("");
        text = QUOTE.matcher(text).replaceAll("");
        text = IMAGE.matcher(text).replaceAll("$1 ($2)");
        text = LINK.matcher(text).replaceAll("$1 ($2)");
        text = CODE.matcher(text).replaceAll("$1");
        text = BOLD.matcher(text).replaceAll("$2");
        text = ITALIC.matcher(text).replaceAll("$1");
        return text.strip() + "\n";
    }

    /**
     * Text as literal Markdown inline content, safe inside a table cell: shown as {@link ShownText#of} shows it
     * (secrets masked, control characters and so line breaks spelled out), every special character
     * backslash-escaped, so a message cannot add links, emphasis, HTML or table columns, and no mention or issue
     * reference left for GitHub to link.
     */
    public static String escape(String text) {
        String shown = ShownText.of(text).strip();
        StringBuilder escaped = new StringBuilder(shown.length() + 16);
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return LINKED.matcher(escaped).replaceAll(UNLINKED);
    }

    /** Text inside a code span, where nothing is markup: shown as {@link ShownText#of}, and a backtick would end it. */
    public static String code(String text) {
        return ShownText.of(text).replace('`', '\'');
    }
}
