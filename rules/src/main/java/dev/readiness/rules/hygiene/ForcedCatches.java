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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** The broad type a callee is declared to throw, or a catch clause catches. */
    private enum Broad {
        EXCEPTION, THROWABLE;

        /** A callee throwing Throwable forces either catch; one throwing Exception forces only catch (Exception). */
        boolean forcesCatchOf(Broad caught) {
            return this == THROWABLE || caught == EXCEPTION;
        }

        static Optional<Broad> of(String typeName) {
            return switch (typeName) {
                case "Exception", "java.lang.Exception" -> Optional.of(EXCEPTION);
                case "Throwable", "java.lang.Throwable" -> Optional.of(THROWABLE);
                default -> Optional.empty();
            };
        }
    }

    /**
     * JDK members, by the receiver's simple type name, declared to throw Exception, Throwable, or several checked
     * exceptions that only a catch of Exception covers at once (reflection).
     */
    private static final Map<String, Map<String, Broad>> JDK_MEMBERS = Map.of(
            "Callable", Map.of("call", Broad.EXCEPTION),
            "AutoCloseable", Map.of("close", Broad.EXCEPTION),
            "Method", Map.of("invoke", Broad.EXCEPTION),
            "Constructor", Map.of("newInstance", Broad.EXCEPTION),
            "Class", Map.of("newInstance", Broad.EXCEPTION),
            "MethodHandle", Map.of("invoke", Broad.THROWABLE, "invokeExact", Broad.THROWABLE,
                    "invokeWithArguments", Broad.THROWABLE));
    /** Reflection calls, by name, and the simple type name of what they return. */
    private static final Map<String, String> REFLECTION_RESULTS = Map.of("getMethod", "Method", "getDeclaredMethod",
            "Method", "getConstructor", "Constructor", "getDeclaredConstructor", "Constructor", "forName", "Class",
            "getClass", "Class");
    private static final Pattern UPPER_BOUND = Pattern.compile("\\?\\s+extends\\s+(.*)");

    private ForcedCatches() {
    }

    /** The clause catches Exception or Throwable (not RuntimeException) because something in its try block must. */
    static boolean isForced(CatchClause clause) {
        Optional<TryStmt> tryStmt = clause.getParentNode().filter(TryStmt.class::isInstance).map(TryStmt.class::cast);
        Optional<Broad> caught = caughtBroadType(clause);
        if (tryStmt.isEmpty() || caught.isEmpty()) {
            return false;
        }
        Map<String, Broad> throwingHere = throwingMethodsOfFile(clause);
        Set<String> typesHere = typesOfFile(clause);
        return tryStmt.get().getTryBlock().findAll(MethodCallExpr.class).stream()
                .filter(call -> throwsInto(call, tryStmt.get()))
                .map(call -> thrownBy(call, throwingHere, typesHere))
                .anyMatch(thrown -> thrown.filter(broad -> broad.forcesCatchOf(caught.get())).isPresent())
                || tryStmt.get().getResources().stream()
                        .filter(VariableDeclarationExpr.class::isInstance).map(VariableDeclarationExpr.class::cast)
                        .flatMap(resources -> resources.getVariables().stream())
                        .map(resource -> thrownByClose(resource.getType(), throwingHere, typesHere))
                        .anyMatch(thrown -> thrown.filter(broad -> broad.forcesCatchOf(caught.get())).isPresent());
    }

    /** The broadest of Exception and Throwable the clause catches. */
    private static Optional<Broad> caughtBroadType(CatchClause clause) {
        Type type = clause.getParameter().getType();
        List<Type> caught = type instanceof UnionType union ? List.copyOf(union.getElements()) : List.of(type);
        return caught.stream().map(Type::asString).map(Broad::of).flatMap(Optional::stream).max(Enum::compareTo);
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

    /** The broad type {@code call} is known to throw, if any. */
    private static Optional<Broad> thrownBy(MethodCallExpr call, Map<String, Broad> throwingHere,
                                            Set<String> typesHere) {
        String key = call.getNameAsString() + "/" + call.getArguments().size();
        if (call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr
                || call.getScope().get() instanceof SuperExpr) {
            return Optional.ofNullable(throwingHere.get(key));
        }
        Optional<ClassOrInterfaceType> receiver = receiverType(call);
        Optional<Broad> byReceiver = receiver.flatMap(type -> Optional.ofNullable(
                        JDK_MEMBERS.getOrDefault(type.getNameAsString(), Map.of()).get(call.getNameAsString()))
                .or(() -> thrownByTypeArgument(type))
                .or(() -> typesHere.contains(type.getNameAsString()) ? Optional.ofNullable(throwingHere.get(key))
                        : Optional.empty()));
        return byReceiver.or(() -> call.getScope().filter(MethodCallExpr.class::isInstance)
                .map(MethodCallExpr.class::cast)
                .map(scope -> REFLECTION_RESULTS.get(scope.getNameAsString()))
                .map(type -> JDK_MEMBERS.getOrDefault(type, Map.of()).get(call.getNameAsString())));
    }

    /** What closing a try-with-resources variable of this type throws. */
    private static Optional<Broad> thrownByClose(Type type, Map<String, Broad> throwingHere, Set<String> typesHere) {
        if (!(type instanceof ClassOrInterfaceType declared)) {
            return Optional.empty();
        }
        return declared.getNameAsString().equals("AutoCloseable") ? Optional.of(Broad.EXCEPTION)
                : typesHere.contains(declared.getNameAsString()) ? Optional.ofNullable(throwingHere.get("close/0"))
                : Optional.empty();
    }

    /**
     * A throwing functional interface's usual declaration, {@code FailableRunnable<? extends Throwable>} or
     * {@code Task<? extends Exception>}: its methods throw what the bound says. A plain {@code Set<Throwable>}
     * holds exceptions and throws none.
     */
    private static Optional<Broad> thrownByTypeArgument(ClassOrInterfaceType type) {
        return type.getTypeArguments().stream().flatMap(List::stream)
                .map(argument -> UPPER_BOUND.matcher(argument.asString()))
                .filter(Matcher::matches)
                .map(bound -> Broad.of(bound.group(1)))
                .flatMap(Optional::stream)
                .max(Enum::compareTo);
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

    /** "name/arity" of the file's methods declared to throw Exception or Throwable, with the broadest of them. */
    private static Map<String, Broad> throwingMethodsOfFile(Node node) {
        Map<String, Broad> throwing = new HashMap<>();
        node.findCompilationUnit().ifPresent(unit -> unit.findAll(CallableDeclaration.class).forEach(callable -> {
            CallableDeclaration<?> declared = callable;
            declared.getThrownExceptions().stream().map(Type::asString).map(Broad::of).flatMap(Optional::stream)
                    .max(Enum::compareTo).ifPresent(broad -> throwing.merge(declared.getNameAsString() + "/"
                            + declared.getParameters().size(), broad, (a, b) -> a.compareTo(b) >= 0 ? a : b));
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
