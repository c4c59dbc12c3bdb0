package dev.readiness.core.rule;

import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import dev.readiness.core.source.JavaFile;
import dev.readiness.core.source.Symbols;
import dev.readiness.core.source.metrics.CodeUnit;

/** Turns JavaParser nodes into {@link Location}s: 1-based lines, SARIF-style exclusive end column. */
public final class SourceLocations {

    private SourceLocations() {
    }

    /** The whole node, with the innermost declaration around it as the enclosing symbol. */
    public static Location of(JavaFile file, Node node) {
        return Location.of(file.path(), regionOf(node), Symbols.enclosingSymbol(node));
    }

    /**
     * The name of a declaration (method, class, parameter …): a one-line region that survives edits to
     * the body, which keeps GitHub's line-hash fingerprint stable.
     */
    public static <N extends Node & NodeWithSimpleName<?>> Location ofName(JavaFile file, N declaration) {
        return Location.of(file.path(), regionOf(declaration.getName()), Symbols.enclosingSymbol(declaration));
    }

    /**
     * A measured unit: a method's or constructor's name, as {@link #ofName}; for a lambda, its parameters and
     * arrow up to the body, with the field or constant that holds it as the enclosing symbol.
     */
    public static Location ofUnit(JavaFile file, CodeUnit unit) {
        if (unit.callable().isPresent()) {
            return ofName(file, unit.callable().get());
        }
        Region head = unit.declaration().getBegin().flatMap(begin -> unit.body().getBegin()
                .map(bodyBegin -> new Region(begin.line, begin.column, bodyBegin.line, bodyBegin.column)))
                .orElseGet(() -> regionOf(unit.declaration()));
        return Location.of(file.path(), head, Symbols.enclosingSymbol(unit.declaration()));
    }

    public static Region regionOf(Node node) {
        return node.getRange().map(SourceLocations::toRegion).orElse(Region.line(1));
    }

    private static Region toRegion(Range range) {
        return new Region(range.begin.line, range.begin.column, range.end.line, range.end.column + 1);
    }
}
