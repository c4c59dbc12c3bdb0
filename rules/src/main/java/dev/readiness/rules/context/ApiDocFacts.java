package dev.readiness.rules.context;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.comments.Comment;
import dev.readiness.core.source.Symbols;
import java.util.ArrayList;
import java.util.List;

/**
 * What a public top-level production type documents, taken while the tree exists so the
 * undocumented-public-api rule needs no second parse: whether the type has Javadoc, which of its public
 * methods that need Javadoc lack it, and how many need it; with where its name is and its symbol.
 */
public record ApiDocFacts(String type, String simpleName, String kind, boolean documented,
                          List<String> undocumentedMethods, int methodsNeedingDocs, NamePosition name,
                          String symbol) {

    /** The type name's position (1-based lines and columns, end column inclusive). */
    public record NamePosition(int line, int column, int endLine, int endColumn) {
    }

    public ApiDocFacts {
        undocumentedMethods = List.copyOf(undocumentedMethods);
    }

    static List<ApiDocFacts> of(CompilationUnit unit) {
        List<ApiDocFacts> facts = new ArrayList<>();
        List<Comment> comments = null;
        for (TypeDeclaration<?> type : unit.getTypes()) {
            if (!type.isPublic()) {
                continue;
            }
            if (comments == null) {
                comments = unit.getAllComments();
            }
            NamePosition name = type.getName().getRange()
                    .map(range -> new NamePosition(range.begin.line, range.begin.column, range.end.line, range.end.column))
                    .orElse(new NamePosition(1, 1, 1, 1));
            facts.add(new ApiDocFacts(type.getFullyQualifiedName().orElse(type.getNameAsString()),
                    type.getNameAsString(), PublicApiDocs.kind(type), PublicApiDocs.hasJavadoc(type, comments),
                    PublicApiDocs.undocumentedMethods(type, comments), PublicApiDocs.methodsNeedingJavadoc(type).size(),
                    name, Symbols.enclosingSymbol(type)));
        }
        return facts;
    }
}
