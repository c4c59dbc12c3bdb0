package dev.readiness.rules.hygiene;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnionType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A {@code catch (Exception e)} or {@code catch (Throwable t)} the try block's callees force: they are declared
 * {@code throws Exception} / {@code throws Throwable} (or several unrelated checked exceptions), so no narrower
 * catch compiles. Known from the parse alone: methods of the same file, JDK members such as
 * {@code Callable.call()}, {@code AutoCloseable.close()}, reflection and {@code MethodHandle.invoke}, and
 * receivers typed like throwing functional interfaces ({@code FailableRunnable<? extends Throwable>}). Catching
 * Throwable is forced only by a callee that throws Throwable.
 */
final class ForcedCatches {

    private static final Set<String> EXCEPTION = Set.of("Exception", "java.lang.Exception");
    private static final Set<String> THROWABLE = Set.of("Throwable", "java.lang.Throwable");
    /**
     * JDK members, by the receiver's simple type name, declared to throw Exception or several checked exceptions
     * (which only a catch of Exception covers at once).
     */
    private static final Map<String, Set<String>> JDK_MEMBERS_THROWING_EXCEPTION = Map.of(
            "Callable", Set.of("call"),
            "AutoCloseable", Set.of("close"),
            "Method", Set.of("invoke"),
            "Constructor", Set.of("newInstance"),
            "Class", Set.of("newInstance"));
    /** JDK members declared to throw Throwable. */
    private static final Map<String, Set<String>> JDK_MEMBERS_THROWING_THROWABLE = Map.of(
            "MethodHandle", Set.of("invoke", "invokeExact", "invokeWithArguments"));
    /** Reflection calls, by name, and the simple type name of what they return. */
    private static final Map<String, String> REFLECTION_RESULTS = Map.of("getMethod", "Method", "getDeclaredMethod",
            "Method", "getConstructor", "Constructor", "getDeclaredConstructor", "Constructor", "forName", "Class",
            "getClass", "Class");

    private ForcedCatches() {
    }

    /** The clause catches Exception or Throwable (not RuntimeException) because something in its try block must. */
    static boolean isForced(CatchClause clause) {
        Optional<TryStmt> tryStmt = clause.getParentNode().filter(TryStmt.class::isInstance).map(TryStmt.class::cast);
        Optional<Set<String>> caught = caughtBroadType(clause);
        if (tryStmt.isEmpty() || caught.isEmpty()) {
            return false;
        }
        // a callee throwing Throwable forces either catch; one throwing Exception forces only catch (Exception)
        boolean throwableOnly = caught.get().equals(THROWABLE);
        Set<String> throwingHere = throwingMethodsOfFile(clause, throwableOnly ? THROWABLE : union(EXCEPTION, THROWABLE));
        Set<String> typesHere = typesOfFile(clause);
        return tryStmt.get().getTryBlock().findAll(MethodCallExpr.class).stream()
                .filter(call -> throwsInto(call, tryStmt.get()))
                .anyMatch(call -> forces(call, throwingHere, typesHere, throwableOnly))
                || (!throwableOnly && tryStmt.get().getResources().stream()
                        .filter(VariableDeclarationExpr.class::isInstance).map(VariableDeclarationExpr.class::cast)
                        .flatMap(resources -> resources.getVariables().stream())
                        .anyMatch(resource -> closeForces(resource.getType(), throwingHere, typesHere)));
    }

    /** {@link #EXCEPTION} or {@link #THROWABLE} when the clause catches it. */
    private static Optional<Set<String>> caughtBroadType(CatchClause clause) {
        Type type = clause.getParameter().getType();
        List<Type> caught = type instanceof UnionType union ? List.copyOf(union.getElements()) : List.of(type);
        List<String> names = caught.stream().map(Type::asString).toList();
        return names.stream().anyMatch(THROWABLE::contains) ? Optional.of(THROWABLE)
                : names.stream().anyMatch(EXCEPTION::contains) ? Optional.of(EXCEPTION) : Optional.empty();
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> both = new HashSet<>(first);
        both.addAll(second);
        return both;
    }

    /** Not inside a lambda or class body nested in the try block, whose exceptions do not reach this catch. */
    private static boolean throwsInto(MethodCallExpr call, TryStmt tryStmt) {
        for (Node node = call.getParentNode().orElse(null); node != null && node != tryStmt;
                node = node.getParentNode().orElse(null)) {
            if (node instanceof LambdaExpr || node instanceof BodyDeclaration<?>) {
                return false;
            }
        }
        return true;
    }

    private static boolean forces(MethodCallExpr call, Set<String> throwingHere, Set<String> typesHere,
                                  boolean throwableOnly) {
        String key = call.getNameAsString() + "/" + call.getArguments().size();
        if (call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr
                || call.getScope().get() instanceof SuperExpr) {
            return throwingHere.contains(key);
        }
        Map<String, Set<String>> jdkMembers = throwableOnly ? JDK_MEMBERS_THROWING_THROWABLE
                : union(JDK_MEMBERS_THROWING_EXCEPTION, JDK_MEMBERS_THROWING_THROWABLE);
        Optional<ClassOrInterfaceType> receiver = receiverType(call);
        return receiver.filter(type -> jdkMembers.getOrDefault(type.getNameAsString(), Set.of())
                        .contains(call.getNameAsString())
                        || throwsByTypeArgument(type, throwableOnly)
                        || (typesHere.contains(type.getNameAsString()) && throwingHere.contains(key)))
                .isPresent()
                || call.getScope().filter(MethodCallExpr.class::isInstance).map(MethodCallExpr.class::cast)
                        .map(scope -> REFLECTION_RESULTS.get(scope.getNameAsString()))
                        .filter(type -> jdkMembers.getOrDefault(type, Set.of()).contains(call.getNameAsString()))
                        .isPresent();
    }

    private static Map<String, Set<String>> union(Map<String, Set<String>> first, Map<String, Set<String>> second) {
        Map<String, Set<String>> both = new HashMap<>(first);
        both.putAll(second);
        return both;
    }

    private static boolean closeForces(Type type, Set<String> throwingHere, Set<String> typesHere) {
        return type instanceof ClassOrInterfaceType declared && (declared.getNameAsString().equals("AutoCloseable")
                || (typesHere.contains(declared.getNameAsString()) && throwingHere.contains("close/0")));
    }

    /**
     * A throwing functional interface's usual declaration, {@code FailableRunnable<? extends Throwable>} or
     * {@code Task<? extends Exception>}: its methods throw what the bound says. A plain {@code Set<Throwable>}
     * holds exceptions and throws none.
     */
    private static boolean throwsByTypeArgument(ClassOrInterfaceType type, boolean throwableOnly) {
        return type.getTypeArguments().stream().flatMap(List::stream)
                .filter(argument -> argument.asString().matches("\\?\\s+extends\\s+.*"))
                .map(argument -> argument.asString().replaceFirst("^\\?\\s+extends\\s+", ""))
                .anyMatch(bound -> THROWABLE.contains(bound) || (!throwableOnly && EXCEPTION.contains(bound)));
    }

    /** The declared type of a variable or field receiver, looked up from the call outwards. */
    private static Optional<ClassOrInterfaceType> receiverType(MethodCallExpr call) {
        Optional<String> name = call.getScope().flatMap(scope -> scope instanceof NameExpr variable
                ? Optional.of(variable.getNameAsString())
                : scope instanceof FieldAccessExpr field && field.getScope() instanceof ThisExpr
                        ? Optional.of(field.getNameAsString()) : Optional.empty());
        if (name.isEmpty()) {
            return Optional.empty();
        }
        for (Node scope = call; scope != null; scope = scope.getParentNode().orElse(null)) {
            Optional<Type> declared = declaredIn(scope, name.get());
            if (declared.isPresent()) {
                return declared.filter(ClassOrInterfaceType.class::isInstance).map(ClassOrInterfaceType.class::cast);
            }
        }
        return Optional.empty();
    }

    private static Optional<Type> declaredIn(Node scope, String name) {
        Stream<Parameter> parameters = scope instanceof CallableDeclaration<?> callable
                ? callable.getParameters().stream()
                : scope instanceof LambdaExpr lambda ? lambda.getParameters().stream() : Stream.empty();
        Optional<Type> parameter = parameters.filter(candidate -> candidate.getNameAsString().equals(name))
                .map(Parameter::getType).findFirst();
        if (parameter.isPresent()) {
            return parameter;
        }
        if (scope instanceof CallableDeclaration<?> callable) {
            return callable.findAll(VariableDeclarator.class).stream()
                    .filter(variable -> variable.getNameAsString().equals(name))
                    .map(VariableDeclarator::getType).findFirst();
        }
        if (scope instanceof TypeDeclaration<?> type) {
            return type.getFields().stream().map(FieldDeclaration::getVariables).flatMap(List::stream)
                    .filter(variable -> variable.getNameAsString().equals(name))
                    .map(VariableDeclarator::getType).findFirst();
        }
        return Optional.empty();
    }

    /** "name/arity" of the file's methods declared to throw one of {@code broadTypes}. */
    private static Set<String> throwingMethodsOfFile(Node node, Set<String> broadTypes) {
        Set<String> throwing = new HashSet<>();
        node.findCompilationUnit().ifPresent(unit -> unit.findAll(CallableDeclaration.class).forEach(callable -> {
            CallableDeclaration<?> declared = callable;
            if (declared.getThrownExceptions().stream().map(Type::asString).anyMatch(broadTypes::contains)) {
                throwing.add(declared.getNameAsString() + "/" + declared.getParameters().size());
            }
        }));
        return throwing;
    }

    private static Set<String> typesOfFile(Node node) {
        Set<String> types = new HashSet<>();
        node.findCompilationUnit().ifPresent(unit -> unit.findAll(TypeDeclaration.class)
                .forEach(type -> types.add(type.getNameAsString())));
        return types;
    }
}
