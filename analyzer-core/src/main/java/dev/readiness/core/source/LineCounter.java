package dev.readiness.core.source;

import com.github.javaparser.JavaToken;
import com.github.javaparser.ast.CompilationUnit;
import java.util.BitSet;

/** Counts lines of code: lines that hold at least one token other than white space and comments. */
final class LineCounter {

    private LineCounter() {
    }

    static int linesOfCode(CompilationUnit unit) {
        BitSet codeLines = new BitSet();
        unit.getTokenRange().ifPresent(tokens -> {
            for (JavaToken token : tokens) {
                JavaToken.Category category = token.getCategory();
                if (category.isWhitespaceOrComment() || token.getRange().isEmpty()) {
                    continue;
                }
                var range = token.getRange().get();
                codeLines.set(range.begin.line, range.end.line + 1);
            }
        });
        return codeLines.cardinality();
    }
}
