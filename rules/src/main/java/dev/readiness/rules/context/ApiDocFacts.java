package dev.readiness.rules.context;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.comments.Comment;
import dev.readiness.core.source.Symbols;
import java.util.ArrayList;
import java.util.List;

/**
 * What a public top-level production type documents, taken while the tree exists so the
 * undocumented-public-api rule needs no second parse: whether the type has Javadoc, its public methods that
 * need Javadoc and whether each has it; with where its name is and its symbol.
 */
public record ApiDocFacts(String type, String simpleName, String kind, boolean documented, List<ApiMethod> methods,
                          NamePosition name, String symbol) {

    /** The type name's position (1-based lines and columns, end column inclusive). */
    public record NamePosition(int line, int column, int endLine, int endColumn) {
    }

    /**
     * A public method that needs Javadoc: its signature as shown ({@code total(int)}), name, parameter types
     * with generics erased and whether it is static (to match it with a supertype's method it overrides), and
     * whether it has Javadoc.
     */
    public record ApiMethod(String signature, String name, List<String> parameterTypes, boolean isStatic,
                            boolean documented) {

        public ApiMethod {
            parameterTypes = List.copyOf(parameterTypes);
        }
    }

    public ApiDocFacts {
        methods = List.copyOf(methods);
    }

    /** Signatures of the methods needing Javadoc that lack it, in source order. */
    public List<String> undocumentedMethods() {
        return methods.stream().filter(method -> !method.documented()).map(ApiMethod::signature).toList();
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
                    PublicApiDocs.methods(type, comments), name, Symbols.enclosingSymbol(type)));
        }
        return facts;
    }
}
