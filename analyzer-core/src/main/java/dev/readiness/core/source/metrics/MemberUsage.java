package dev.readiness.core.source.metrics;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which instance fields and which methods of its own class one method body uses, by name, for the
 * cohesion metrics (LCOM4, TCC). A field is used when named as {@code this.f} or as a plain {@code f} that no
 * parameter or local variable of the method shadows; a method is called when invoked unqualified or on
 * {@code this}, or referenced as {@code this::m}. Without type resolution, shadowing is judged per method.
 * The same is found for an inner class, where its own fields and methods shadow the outer class's and
 * {@code Outer.this} names the outer instance ({@link #ofInnerClass}); both also list the classes they
 * instantiate, so that a method creating an inner class can be credited with what that class uses. Handing
 * the object itself to a constructor (a copy constructor, a builder's {@code new Product(this)}, a view
 * {@code new UniqueSet(this)}) uses every field: the new object reads the whole state.
 */
public final class MemberUsage {

    /** Names used and simple names of the classes created with {@code new}, each sorted. */
    public record Result(List<String> fields, List<String> methods, List<String> created) {

        public Result {
            fields = List.copyOf(fields);
            methods = List.copyOf(methods);
            created = List.copyOf(created);
        }
    }

    private static final Result NOTHING = new Result(List.of(), List.of(), List.of());

    private final Set<String> fields;
    private final Set<String> ownMethods;
    private final Set<String> shadowedMethods;
    /** The simple name {@code X} of an {@code X.this} that means the owner; null when only a bare {@code this} does. */
    private final String qualifiedThis;
    private final Set<String> locals = new HashSet<>();
    private final List<String> plainNames = new ArrayList<>();
    private final Set<String> usedFields = new TreeSet<>();
    private final Set<String> called = new TreeSet<>();
    private final Set<String> created = new TreeSet<>();

    private MemberUsage(Set<String> fields, Set<String> ownMethods, Set<String> shadowedMethods, String qualifiedThis) {
        this.fields = fields;
        this.ownMethods = ownMethods;
        this.shadowedMethods = shadowedMethods;
        this.qualifiedThis = qualifiedThis;
    }

    /**
     * What a method or constructor uses of its class, whose instance fields and method names are given;
     * nothing for one without a body.
     */
    public static Result of(CallableDeclaration<?> callable, Set<String> fields, Set<String> ownMethods) {
        return Callables.body(callable).isPresent() ? of(CodeUnit.of(callable), fields, ownMethods) : NOTHING;
    }

    /**
     * What a measured unit (a method, a constructor, a lambda in a field) uses of the class whose instance
     * fields and method names are given; its parameters and locals shadow fields of the same name.
     */
    public static Result of(CodeUnit unit, Set<String> fields, Set<String> ownMethods) {
        MemberUsage usage = new MemberUsage(fields, ownMethods, Set.of(), null);
        unit.parameters().forEach(parameter -> usage.locals.add(parameter.getNameAsString()));
        usage.walk(unit.body());
        return usage.result();
    }

    /**
     * What an inner (non-static) class {@code inner} uses of its outer class {@code outerName}, whose instance
     * fields and method names are given: plain names its own fields and methods do not shadow, and members
     * reached through {@code Outer.this}. Its bare {@code this} is itself, so {@code this.f} is not the outer's.
     */
    public static Result ofInnerClass(TypeDeclaration<?> inner, String outerName, Set<String> fields,
                                      Set<String> ownMethods) {
        Set<String> innerMethods = new HashSet<>();
        inner.getMethods().forEach(method -> innerMethods.add(method.getNameAsString()));
        MemberUsage usage = new MemberUsage(fields, ownMethods, innerMethods, outerName);
        inner.getFields().forEach(field -> field.getVariables()
                .forEach(variable -> usage.locals.add(variable.getNameAsString())));
        inner.getMembers().forEach(usage::walk);
        return usage.result();
    }

    private void walk(Node root) {
        root.walk(node -> {
            if (node instanceof VariableDeclarator || node instanceof Parameter || node instanceof TypePatternExpr) {
                locals.add(((NodeWithSimpleName<?>) node).getNameAsString());
            } else if (node instanceof NameExpr name && fields.contains(name.getNameAsString())) {
                plainNames.add(name.getNameAsString());
            } else if (node instanceof FieldAccessExpr access && isOwner(access.getScope())
                    && fields.contains(access.getNameAsString())) {
                usedFields.add(access.getNameAsString());
            } else if (node instanceof ObjectCreationExpr creation) {
                created(creation);
            } else {
                ownMethodCalled(node).ifPresent(called::add);
            }
        });
    }

    /** The own method a call ({@code m()}, {@code this.m()}) or a reference ({@code this::m}) names. */
    private Optional<String> ownMethodCalled(Node node) {
        if (node instanceof MethodCallExpr call && ownMethods.contains(call.getNameAsString())
                && call.getScope().map(this::isOwner).orElse(!shadowedMethods.contains(call.getNameAsString()))) {
            return Optional.of(call.getNameAsString());
        }
        return node instanceof MethodReferenceExpr reference && isOwner(reference.getScope())
                && ownMethods.contains(reference.getIdentifier()) ? Optional.of(reference.getIdentifier()) : Optional.empty();
    }

    private void created(ObjectCreationExpr creation) {
        created.add(creation.getType().getNameAsString());
        if (creation.getArguments().stream().anyMatch(this::isOwner)) {
            usedFields.addAll(fields); // new Copy(this), new View(this): the new object reads the whole state
        }
    }

    private Result result() {
        plainNames.stream().filter(name -> !locals.contains(name)).forEach(usedFields::add);
        return new Result(new ArrayList<>(usedFields), new ArrayList<>(called), new ArrayList<>(created));
    }

    /** {@code this} of the owner: a bare {@code this} in a method, {@code Outer.this} in an inner class. */
    private boolean isOwner(Expression expression) {
        if (!(expression instanceof ThisExpr self)) {
            return false;
        }
        return qualifiedThis == null ? self.getTypeName().isEmpty()
                : self.getTypeName().filter(name -> name.getIdentifier().equals(qualifiedThis)).isPresent();
    }
}
