package dev.readiness.core.source;

import com.github.javaparser.JavaToken;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.stmt.BlockStmt;
import java.util.BitSet;

/** Counts lines of code: lines that hold at least one token other than white space and comments. */
public final class LineCounter {

    private LineCounter() {
    }

    /** Lines of code of a whole node (a file, a class, a method). */
    public static int linesOfCode(Node node) {
        return node.getTokenRange().map(tokens -> count(tokens, false)).orElse(0);
    }

    /** Lines of code between a block's braces; the braces' own lines count only when they hold other code. */
    public static int linesOfCodeInside(BlockStmt block) {
        return block.getTokenRange().map(tokens -> count(tokens, true)).orElse(0);
    }

    private static int count(TokenRange tokens, boolean skipOuterTokens) {
        BitSet codeLines = new BitSet();
        JavaToken first = tokens.getBegin();
        JavaToken last = tokens.getEnd();
        for (JavaToken token : tokens) {
            boolean outer = token == first || token == last;
            if ((skipOuterTokens && outer) || token.getCategory().isWhitespaceOrComment() || token.getRange().isEmpty()) {
                continue;
            }
            var range = token.getRange().get();
            codeLines.set(range.begin.line, range.end.line + 1);
        }
        return codeLines.cardinality();
    }
}
