package dev.readiness.core.report.html;

import dev.readiness.core.report.ShownText;
import java.util.Locale;

/**
 * A small HTML writer: every text and attribute value goes through {@link #escape}, so file paths and
 * finding messages (which come from the scanned repository) can never add markup or script, and show with their
 * secrets masked and their control characters spelled out ({@link ShownText}).
 */
public final class Html {

    private final StringBuilder out = new StringBuilder(1 << 16);

    /** Text as shown ({@link ShownText#of}), safe as element content and as a quoted attribute value. */
    public static String escape(String text) {
        String shown = ShownText.of(text);
        StringBuilder escaped = new StringBuilder(shown.length() + 16);
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A number with {@code decimals} decimals, the same on every platform. */
    public static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** A 0–1 share as a whole percentage, or "–" when unknown. */
    public static String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + " %";
    }

    /** Markup we wrote ourselves (never data from the scanned repository). */
    public Html raw(String markup) {
        out.append(markup);
        return this;
    }

    public Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** An opening tag; {@code attributes} are name/value pairs, values escaped. */
    public Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
        out.append('>');
        return this;
    }

    public Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** A table cell naming a file: its name in bold over its directory, so long paths stay readable. */
    public Html fileCell(String path) {
        return open("td").file(path).close("td");
    }

    /** A file's name in bold over its directory. */
    public Html file(String path) {
        int slash = path.lastIndexOf('/') + 1;
        return element("strong", path.substring(slash)).raw("<br>").element("code", path.substring(0, slash), "class",
                "dir");
    }

    /** An element holding only text. */
    public Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
