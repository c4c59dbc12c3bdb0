package dev.readiness.core.source.metrics;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.stmt.BlockStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finding the methods and constructors that modularity rules measure. */
public final class Callables {

    private Callables() {
    }

    /**
     * Methods and constructors with a body that are not themselves inside another method's body: code of
     * anonymous and local classes counts toward the method around it, so it is not measured twice.
     */
    public static List<CallableDeclaration<?>> outermostWithBody(CompilationUnit unit) {
        List<CallableDeclaration<?>> result = new ArrayList<>();
        unit.walk(node -> {
            if (node instanceof CallableDeclaration<?> callable && body(callable).isPresent()
                    && !insideAnotherCallable(callable)) {
                result.add(callable);
            }
        });
        return result;
    }

    public static Optional<BlockStmt> body(CallableDeclaration<?> callable) {
        if (callable instanceof MethodDeclaration method) {
            return method.getBody();
        }
        return callable instanceof ConstructorDeclaration constructor ? Optional.of(constructor.getBody())
                : Optional.empty();
    }

    /** "Method 'name'" or "Constructor 'Type'", for messages. */
    public static String describe(CallableDeclaration<?> callable) {
        return (callable instanceof ConstructorDeclaration ? "Constructor '" : "Method '")
                + callable.getNameAsString() + "'";
    }

    private static boolean insideAnotherCallable(Node node) {
        Optional<Node> parent = node.getParentNode();
        while (parent.isPresent()) {
            if (parent.get() instanceof CallableDeclaration<?>) {
                return true;
            }
            parent = parent.get().getParentNode();
        }
        return false;
    }
}
