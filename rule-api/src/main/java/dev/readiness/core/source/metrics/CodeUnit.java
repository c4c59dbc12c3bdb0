package dev.readiness.core.source.metrics;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A body of code measured on its own ({@link Callables#measured}): a method or constructor, or a lambda that
 * no method encloses (a field's initialiser, an enum constant's arguments). {@code holder} names the enum
 * constant, field or initialiser block whose code it is when it is not a member of its type, so that
 * {@code Operation.PLUS.apply} or {@code Parser.RULES$lambda} says where the code lives; it is empty for
 * the type's own methods and constructors.
 */
public record CodeUnit(Node declaration, Statement body, String holder) {

    /** What a lambda is called after its holder: {@code HANDLERS$lambda}. */
    public static final String LAMBDA_SUFFIX = "$lambda";

    /** A method or constructor with a body (see {@link Callables#body}); throws for one without. */
    public static CodeUnit of(CallableDeclaration<?> callable) {
        return new CodeUnit(callable, Callables.body(callable).orElseThrow(), holderOf(callable));
    }

    public static CodeUnit of(LambdaExpr lambda) {
        return new CodeUnit(lambda, lambda.getBody(), holderOf(lambda));
    }

    /** The method or constructor, empty for a lambda. */
    public Optional<CallableDeclaration<?>> callable() {
        return declaration instanceof CallableDeclaration<?> callable ? Optional.of(callable) : Optional.empty();
    }

    public boolean isLambda() {
        return declaration instanceof LambdaExpr;
    }

    public boolean isConstructor() {
        return declaration instanceof ConstructorDeclaration;
    }

    /** The body as a block; empty for an expression lambda ({@code x -> x + 1}). */
    public Optional<BlockStmt> block() {
        return body instanceof BlockStmt block ? Optional.of(block) : Optional.empty();
    }

    /** The statements at the body's top level: one for an expression lambda. */
    public List<Statement> statements() {
        return block().<List<Statement>>map(BlockStmt::getStatements).orElse(List.of(body));
    }

    public List<Parameter> parameters() {
        return declaration instanceof LambdaExpr lambda ? lambda.getParameters()
                : ((CallableDeclaration<?>) declaration).getParameters();
    }

    /** {@code apply}, {@code PLUS.apply} in an enum constant's body, {@code RULES$lambda} for a lambda. */
    public String name() {
        if (declaration instanceof LambdaExpr) {
            return holder + LAMBDA_SUFFIX;
        }
        String own = ((CallableDeclaration<?>) declaration).getNameAsString();
        return holder.isEmpty() ? own : holder + "." + own;
    }

    /** "Method 'PLUS.apply'", "Constructor 'Order'" or "Lambda 'RULES$lambda'", for messages. */
    public String describe() {
        String kind = isLambda() ? "Lambda '" : isConstructor() ? "Constructor '" : "Method '";
        return kind + name() + "'";
    }

    /** The node a finding points at: a method's name (one line that survives body edits) or the lambda. */
    public Node anchor() {
        return declaration instanceof CallableDeclaration<?> callable ? callable.getName() : declaration;
    }

    /** The named type whose code this is: the innermost enclosing type that has a fully qualified name. */
    public Optional<TypeDeclaration<?>> owner() {
        for (Optional<Node> parent = declaration.getParentNode(); parent.isPresent();
                parent = parent.get().getParentNode()) {
            if (parent.get() instanceof TypeDeclaration<?> type && type.getFullyQualifiedName().isPresent()) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * The enum constants, fields, initialiser blocks and local classes between {@code node} and its named
     * type, outermost first and joined with '.'; anonymous classes add nothing, their field or constant names them.
     */
    private static String holderOf(Node node) {
        Deque<String> names = new ArrayDeque<>();
        for (Optional<Node> parent = node.getParentNode(); parent.isPresent(); parent = parent.get().getParentNode()) {
            Node current = parent.get();
            if (current instanceof TypeDeclaration<?> type) {
                if (type.getFullyQualifiedName().isPresent()) {
                    break;
                }
                names.push(type.getNameAsString());
            } else if (current instanceof EnumConstantDeclaration constant) {
                names.push(constant.getNameAsString());
            } else if (current instanceof VariableDeclarator variable
                    && variable.getParentNode().filter(FieldDeclaration.class::isInstance).isPresent()) {
                names.push(variable.getNameAsString());
            } else if (current instanceof InitializerDeclaration initializer) {
                names.push(initializer.isStatic() ? "static" : "init");
            }
        }
        return String.join(".", names);
    }
}
