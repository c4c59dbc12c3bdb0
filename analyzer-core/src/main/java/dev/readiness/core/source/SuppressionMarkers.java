package dev.readiness.core.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds in-source suppressions. In Java: {@code @SuppressWarnings("readiness:<rule-id>")} on a declaration
 * covers the declaration's lines (annotation included), and a line or block comment that opens with
 * {@code readiness:ignore <rule-id> <reason>} covers its own line, plus the next line when the comment stands alone
 * on its line; a Javadoc, or a comment that only mentions the marker in its text, documents rather than suppresses. In other text
 * files (Markdown, XML, YAML, properties, build scripts) the same comment after {@code <!--}, {@code #} or
 * {@code //} does the same.
 */
public final class SuppressionMarkers {

    static final String ANNOTATION_PREFIX = "readiness:";
    private static final String MARKER = "readiness:ignore";
    private static final Pattern IGNORE = Pattern.compile("\\s*readiness:ignore\\s+([\\w./-]+)(.*)");
    private static final Pattern TEXT_COMMENT = Pattern.compile("(<!--|#|//)\\s*readiness:ignore\\b");
    private static final Comparator<SuppressionMarker> ORDER = Comparator.comparingInt(SuppressionMarker::markerLine)
            .thenComparing(SuppressionMarker::ruleId);

    private SuppressionMarkers() {
    }

    /** Every marker of a parsed Java file, in line order. */
    public static List<SuppressionMarker> ofJava(CompilationUnit unit, String text) {
        List<SuppressionMarker> markers = new ArrayList<>();
        for (AnnotationExpr annotation : unit.findAll(AnnotationExpr.class,
                candidate -> candidate.getNameAsString().endsWith("SuppressWarnings"))) {
            annotated(annotation).ifPresent(declaration -> values(annotation).stream()
                    .filter(value -> value.startsWith(ANNOTATION_PREFIX))
                    .forEach(value -> markers.add(new SuppressionMarker(value.substring(ANNOTATION_PREFIX.length()),
                            "", line(declaration, true), line(declaration, false), line(annotation, true), true))));
        }
        String[] lines = null; // split only for a file with a marker: most have none
        for (Comment comment : unit.getAllComments()) {
            if (!comment.isJavadocComment() && comment.getContent().contains(MARKER)) {
                lines = lines == null ? text.split("\r\n|\r|\n", -1) : lines;
                ignoreMarker(comment.getContent(), line(comment, true), standsAlone(lines, comment))
                        .ifPresent(markers::add);
            }
        }
        return markers.stream().distinct().sorted(ORDER).toList();
    }

    /** Every {@code readiness:ignore} comment of a non-Java text file, in line order. */
    public static List<SuppressionMarker> ofText(String text) {
        List<SuppressionMarker> markers = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher opener = TEXT_COMMENT.matcher(lines[i]);
            if (opener.find()) {
                String content = lines[i].substring(opener.start() + opener.group(1).length()).replace("-->", "");
                boolean alone = lines[i].substring(0, opener.start()).isBlank();
                ignoreMarker(content, i + 1, alone).ifPresent(markers::add);
            }
        }
        return markers;
    }

    private static Optional<SuppressionMarker> ignoreMarker(String content, int line, boolean alone) {
        Matcher matcher = IGNORE.matcher(content);
        if (!matcher.lookingAt()) {
            return Optional.empty();
        }
        String reason = matcher.group(2).replaceAll("\\*+/?\\s*$", "").strip();
        return Optional.of(new SuppressionMarker(matcher.group(1), reason, line, alone ? line + 1 : line,
                line, false));
    }

    /** Only whitespace before the comment on its first line, so it speaks about the line below. */
    private static boolean standsAlone(String[] lines, Comment comment) {
        int line = line(comment, true);
        int column = comment.getBegin().map(position -> position.column).orElse(1);
        return line >= 1 && line <= lines.length
                && lines[line - 1].substring(0, Math.min(column - 1, lines[line - 1].length())).isBlank();
    }

    private static Optional<Node> annotated(AnnotationExpr annotation) {
        return annotation.getParentNode().filter(parent -> parent instanceof BodyDeclaration<?>);
    }

    private static List<String> values(AnnotationExpr annotation) {
        List<String> values = new ArrayList<>();
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            strings(single.getMemberValue(), values);
        } else if (annotation instanceof NormalAnnotationExpr normal) {
            normal.getPairs().stream().filter(pair -> pair.getNameAsString().equals("value"))
                    .forEach(pair -> strings(pair.getValue(), values));
        }
        return values;
    }

    private static void strings(Expression value, List<String> into) {
        if (value instanceof StringLiteralExpr literal) {
            into.add(literal.getValue());
        } else if (value instanceof ArrayInitializerExpr array) {
            array.getValues().forEach(element -> strings(element, into));
        }
    }

    private static int line(Node node, boolean begin) {
        return (begin ? node.getBegin() : node.getEnd()).map(position -> position.line).orElse(0);
    }
}
