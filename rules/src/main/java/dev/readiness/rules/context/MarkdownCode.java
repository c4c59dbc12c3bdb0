package dev.readiness.rules.context;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Markdown (and AsciiDoc listing blocks) into fragments by line: the lines of fenced or indented
 * code blocks and shell prompts, inline code spans, and the prose around them.
 */
final class MarkdownCode {

    /** A piece of one line: code (a block line or an inline span, {@code inBlock} telling which) or prose. */
    record Fragment(int line, String text, boolean code, boolean inBlock) {
    }

    private static final Pattern INLINE_CODE = Pattern.compile("`+([^`]+)`+");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~|----|\\.\\.\\.\\.)");

    private MarkdownCode() {
    }

    /** Every fragment of {@code text} in order; fence lines themselves are left out. */
    static List<Fragment> fragments(String text) {
        List<Fragment> fragments = new ArrayList<>();
        boolean inFence = false;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (FENCE.matcher(lines[i]).find()) {
                inFence = !inFence;
            } else {
                fragments.addAll(ofLine(i + 1, lines[i], inFence));
            }
        }
        return fragments;
    }

    private static List<Fragment> ofLine(int number, String line, boolean inFence) {
        List<Fragment> fragments = new ArrayList<>();
        String stripped = line.stripLeading();
        boolean indentedCode = line.startsWith("    ") || line.startsWith("\t");
        if (inFence || indentedCode || stripped.startsWith("$ ") || stripped.startsWith("> ")) {
            fragments.add(new Fragment(number, stripped.replaceFirst("^[$>]\\s+", ""), true, true));
            return fragments;
        }
        Matcher code = INLINE_CODE.matcher(line);
        StringBuilder prose = new StringBuilder();
        int last = 0;
        while (code.find()) {
            fragments.add(new Fragment(number, code.group(1), true, false));
            prose.append(line, last, code.start()).append(' ');
            last = code.end();
        }
        prose.append(line.substring(last));
        fragments.add(new Fragment(number, prose.toString(), false, false));
        return fragments;
    }
}
