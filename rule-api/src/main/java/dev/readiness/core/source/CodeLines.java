package dev.readiness.core.source;

import com.github.javaparser.JavaToken;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.stmt.BlockStmt;
import dev.readiness.core.source.metrics.CodeUnit;
import java.util.BitSet;
import java.util.Optional;

/**
 * The lines of a file that hold code: at least one token other than white space and comments. Found in
 * one pass over the file's tokens, so the lines of code of every type and method are range counts instead
 * of further token walks (token iteration was the costliest part of measuring a file).
 */
public final class CodeLines {

    private final BitSet lines;

    private CodeLines(BitSet lines) {
        this.lines = lines;
    }

    public static CodeLines of(Node root) {
        BitSet lines = new BitSet();
        root.getTokenRange().ifPresent(tokens -> {
            for (JavaToken token : tokens) {
                if (isCode(token)) {
                    var range = token.getRange().get();
                    lines.set(range.begin.line, range.end.line + 1);
                }
            }
        });
        return new CodeLines(lines);
    }

    /** Lines of code of the whole file. */
    public int total() {
        return lines.cardinality();
    }

    /** Lines of code from the node's first to its last line. */
    public int within(Node node) {
        return node.getRange().map(range -> count(range.begin.line, range.end.line)).orElse(0);
    }

    /**
     * Lines of code between a block's braces; the braces' own lines count only when code inside the block
     * shares them ({@code { return x; }}), not for the signature before the opening brace.
     */
    public int inside(BlockStmt block) {
        Optional<com.github.javaparser.TokenRange> range = block.getTokenRange();
        if (range.isEmpty() || block.getRange().isEmpty()) {
            return 0;
        }
        JavaToken open = range.get().getBegin();
        JavaToken close = range.get().getEnd();
        int first = block.getRange().get().begin.line;
        int last = block.getRange().get().end.line;
        if (first == last) {
            return codeAfter(open, close, first) ? 1 : 0;
        }
        int count = count(first + 1, last - 1);
        if (codeAfter(open, close, first)) {
            count++;
        }
        if (codeBefore(close, open, last)) {
            count++;
        }
        return count;
    }

    /** Lines of code of a unit's body: between the braces of a block, the whole expression of {@code x -> ...}. */
    public int inside(CodeUnit unit) {
        return unit.block().map(this::inside).orElseGet(() -> within(unit.body()));
    }

    private int count(int fromLine, int toLine) {
        return fromLine > toLine ? 0 : lines.get(fromLine, toLine + 1).cardinality();
    }

    /** Whether a code token follows {@code token} on {@code line} before {@code stop}. */
    private static boolean codeAfter(JavaToken token, JavaToken stop, int line) {
        for (Optional<JavaToken> next = token.getNextToken(); next.isPresent() && next.get() != stop;
                next = next.get().getNextToken()) {
            JavaToken candidate = next.get();
            if (candidate.getRange().map(range -> range.begin.line > line).orElse(true)) {
                return false;
            }
            if (isCode(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a code token precedes {@code token} on {@code line} after {@code stop}. */
    private static boolean codeBefore(JavaToken token, JavaToken stop, int line) {
        for (Optional<JavaToken> previous = token.getPreviousToken(); previous.isPresent() && previous.get() != stop;
                previous = previous.get().getPreviousToken()) {
            JavaToken candidate = previous.get();
            if (candidate.getRange().map(range -> range.end.line < line).orElse(true)) {
                return false;
            }
            if (isCode(candidate)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCode(JavaToken token) {
        return !token.getCategory().isWhitespaceOrComment() && token.getRange().isPresent();
    }
}
