package dev.readiness.core.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The parts of a rule's help Markdown a reader of the audit report needs: its title, why it matters and how
 * to fix it, rendered to HTML. Handles the subset our help files use (paragraphs, "-" lists, bold, inline
 * code, links shown as text); everything is escaped first, so help can never inject markup.
 */
final class RuleHelpText {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(\\S(?:.*?\\S)?)\\*\\*");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)\\s]+\\)");

    private final List<String> lines;

    RuleHelpText(String markdown) {
        this.lines = markdown.lines().toList();
    }

    /** The first paragraph of the section whose heading starts with {@code headingStart}, as HTML. */
    Optional<String> firstParagraph(String headingStart) {
        return blocks(headingStart).stream().findFirst().map(RuleHelpText::block);
    }

    /** The section's blocks as HTML, one entry per paragraph, list or code block. */
    List<String> sectionBlocks(String headingStart) {
        return blocks(headingStart).stream().map(RuleHelpText::block).toList();
    }

    /**
     * Where the worked example of a section starts: the first code block, or the short "Before:" line that
     * introduces it; the section's size when it has no code.
     */
    static int exampleStart(List<String> htmlBlocks) {
        for (int i = 0; i < htmlBlocks.size(); i++) {
            if (htmlBlocks.get(i).startsWith("<pre>")) {
                boolean introduced = i > 0 && htmlBlocks.get(i - 1).startsWith("<p>")
                        && htmlBlocks.get(i - 1).endsWith(":</p>") && htmlBlocks.get(i - 1).length() < 80;
                return introduced ? i - 1 : i;
            }
        }
        return htmlBlocks.size();
    }

    /** The section's blocks (runs of non-blank lines, or a whole code fence), empty when there is no such section. */
    private List<List<String>> blocks(String headingStart) {
        Blocks blocks = new Blocks();
        int start = sectionStart(headingStart);
        for (int i = start; i >= 0 && i < lines.size(); i++) {
            if (!blocks.inFence() && lines.get(i).startsWith("## ")) {
                break;
            }
            blocks.accept(lines.get(i));
        }
        return blocks.finish();
    }

    /** Splits lines into blocks at blank lines, keeping a code fence (blank lines and all) as one block. */
    private static final class Blocks {

        private final List<List<String>> done = new ArrayList<>();
        private List<String> current = new ArrayList<>();
        private String fence; // the opening backtick run while inside a code fence

        boolean inFence() {
            return fence != null;
        }

        void accept(String line) {
            String stripped = line.strip();
            if (inFence()) {
                current.add(line);
                if (stripped.startsWith(fence) && stripped.chars().allMatch(c -> c == '`')) {
                    fence = null;
                    flush();
                }
            } else if (stripped.startsWith("```")) {
                flush();
                current.add(line);
                fence = stripped.substring(0, (int) stripped.chars().takeWhile(c -> c == '`').count());
            } else if (line.isBlank()) {
                flush();
            } else {
                current.add(line);
            }
        }

        private void flush() {
            if (!current.isEmpty()) {
                done.add(current);
                current = new ArrayList<>();
            }
        }

        List<List<String>> finish() {
            flush();
            return done;
        }
    }

    /** The index of the first line after the "## headingStart…" heading; -1 when there is none. */
    private int sectionStart(String headingStart) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("## ") && lines.get(i).substring(3).strip().startsWith(headingStart)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** A list when the block starts with "- ", else a paragraph; code fences are shown as preformatted text. */
    private static String block(List<String> block) {
        if (block.get(0).strip().startsWith("```")) {
            List<String> code = block.subList(1, block.size() - (block.size() > 1
                    && block.get(block.size() - 1).strip().chars().allMatch(c -> c == '`') ? 1 : 0));
            // line by line: escaping spells out a line break
            return "<pre>" + code.stream().map(Html::escape).collect(Collectors.joining("\n")) + "</pre>";
        }
        if (!block.get(0).startsWith("- ")) {
            return "<p>" + inline(String.join(" ", block.stream().map(String::strip).toList())) + "</p>";
        }
        List<String> items = new ArrayList<>();
        for (String line : block) {
            if (line.startsWith("- ")) {
                items.add(line.substring(2).strip());
            } else {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + line.strip());
            }
        }
        StringBuilder html = new StringBuilder("<ul>");
        items.forEach(item -> html.append("<li>").append(inline(item)).append("</li>"));
        return html.append("</ul>").toString();
    }

    /** Escapes, then turns inline code, bold and links into markup; code spans keep their text verbatim. */
    static String inline(String markdown) {
        StringBuilder html = new StringBuilder();
        Matcher code = CODE.matcher(markdown);
        int last = 0;
        while (code.find()) {
            html.append(emphasis(markdown.substring(last, code.start())))
                    .append("<code>").append(Html.escape(code.group(1))).append("</code>");
            last = code.end();
        }
        return html.append(emphasis(markdown.substring(last))).toString();
    }

    private static String emphasis(String markdown) {
        String text = LINK.matcher(markdown).replaceAll("$1");
        return BOLD.matcher(Html.escape(text)).replaceAll("<strong>$1</strong>");
    }
}
