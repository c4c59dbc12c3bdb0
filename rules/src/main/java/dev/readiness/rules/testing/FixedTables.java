package dev.readiness.rules.testing;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a loop in a test walks over data the test wrote down itself: an array or {@code List.of(...)} table
 * (inline, in a local variable or in a field), an enum's {@code values()}, the arguments of a parameterized test
 * (its parameters, JUnit 4 {@code @Parameter} fields, and what they hold), or a counted loop up to a bound the
 * test fixes: a literal, a constant, a local computed from such values, the size of such a table, or the counter
 * of an enclosing loop that is itself fixed. Every element of such a table is asserted, which is parameterized
 * testing by hand.
 */
final class FixedTables {

    private static final Set<String> FACTORIES = Set.of("of", "asList", "ofEntries", "copyOf", "values");
    private static final Set<String> VIEWS = Set.of("entrySet", "keySet", "values", "stream");
    private static final Set<String> SIZES = Set.of("size", "length");
    /** Annotations of tests whose parameters come from a source the test declares. */
    private static final Set<String> PARAMETERIZED = Set.of("ParameterizedTest", "Theory", "TestTemplate");
    /** JUnit 4 Parameterized's injected fields. */
    private static final Set<String> PARAMETER_FIELDS = Set.of("Parameter", "Parameterized.Parameter");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");

    private FixedTables() {
    }

    static boolean isFixed(Node loop) {
        if (loop instanceof ForEachStmt forEach) {
            return isTable(forEach.getIterable(), loop);
        }
        if (loop instanceof ForStmt forStmt) {
            return forStmt.getCompare().isPresent() && unfixedEnds(forStmt).isEmpty();
        }
        return false;
    }

    /**
     * The ends of a counted loop that the test does not fix: its bound ({@code i < bound}) and the start values
     * of its counters ({@code int i = start}); empty when the loop runs a number of times the test wrote down.
     */
    static List<Expression> unfixedEnds(ForStmt loop) {
        List<Expression> ends = new ArrayList<>();
        loop.getCompare().filter(BinaryExpr.class::isInstance).map(BinaryExpr.class::cast)
                .map(compare -> boundOf(compare, loop)).ifPresent(ends::add);
        loop.getInitialization().stream().filter(VariableDeclarationExpr.class::isInstance)
                .flatMap(init -> ((VariableDeclarationExpr) init).getVariables().stream())
                .forEach(counter -> counter.getInitializer().ifPresent(ends::add));
        return ends.stream().filter(end -> !isFixedBound(end, loop)).toList();
    }

    /** The side of {@code i < bound} that is not the loop's own counter. */
    private static Expression boundOf(BinaryExpr compare, ForStmt loop) {
        boolean counterOnRight = compare.getRight() instanceof NameExpr name && countersOf(loop).contains(name.getNameAsString());
        return counterOnRight ? compare.getLeft() : compare.getRight();
    }

    private static Set<String> countersOf(ForStmt loop) {
        return Set.copyOf(loop.getInitialization().stream()
                .filter(VariableDeclarationExpr.class::isInstance)
                .flatMap(init -> ((VariableDeclarationExpr) init).getVariables().stream())
                .map(VariableDeclarator::getNameAsString).toList());
    }

    /** A value the test fixes: literals and the names and calls below, combined by arithmetic and casts. */
    private static boolean isFixedBound(Expression bound, Node context) {
        if (bound instanceof LiteralExpr) {
            return !(bound instanceof NullLiteralExpr);
        }
        if (bound instanceof EnclosedExpr enclosed) {
            return isFixedBound(enclosed.getInner(), context);
        }
        if (bound instanceof CastExpr cast) {
            return isFixedBound(cast.getExpression(), context);
        }
        if (bound instanceof UnaryExpr unary) {
            return isFixedBound(unary.getExpression(), context);
        }
        if (bound instanceof BinaryExpr binary) {
            return isFixedBound(binary.getLeft(), context) && isFixedBound(binary.getRight(), context);
        }
        return isFixedValue(bound, context);
    }

    /** A fixed name, a constant or a table's length, the size of a table, Math of fixed values, a test argument. */
    private static boolean isFixedValue(Expression value, Node context) {
        if (value instanceof NameExpr name) {
            return isFixedName(name.getNameAsString(), context);
        }
        if (value instanceof FieldAccessExpr field) {
            return CONSTANT.matcher(field.getNameAsString()).matches()
                    || field.getNameAsString().equals("length") && isTable(field.getScope(), context)
                    || isFromTestArguments(field, context);
        }
        return value instanceof MethodCallExpr call && (isSizeOfATable(call, context) || isFromTestArguments(call, context)
                || isMathOfFixedValues(call, context));
    }

    private static boolean isSizeOfATable(MethodCallExpr call, Node context) {
        return SIZES.contains(call.getNameAsString()) && call.getScope().map(scope -> isTable(scope, context)).orElse(false);
    }

    /** {@code Math.toIntExact(ROUNDS * 2)}, {@code Math.max(LOW, 3)}. */
    private static boolean isMathOfFixedValues(MethodCallExpr call, Node context) {
        return call.getScope().filter(scope -> scope.toString().equals("Math")).isPresent()
                && call.getArguments().stream().allMatch(argument -> isFixedBound(argument, context));
    }

    /** A constant, a test argument, the counter of an enclosing fixed loop, or a variable set to a fixed value. */
    private static boolean isFixedName(String name, Node context) {
        if (CONSTANT.matcher(name).matches() || isTestArgument(name, context)) {
            return true;
        }
        for (Node scope = context.getParentNode().orElse(null); scope != null; scope = scope.getParentNode().orElse(null)) {
            if (scope instanceof ForStmt outer && countersOf(outer).contains(name)) {
                return isFixed(outer);
            }
        }
        return !isReassigned(name, context) && initializerOf(name, context)
                .map(value -> isFixedBound(value, context) || isTable(value, context)).orElse(false);
    }

    /** Whether the method around {@code context} assigns {@code name} after declaring it ({@code n = x}, {@code n++}). */
    private static boolean isReassigned(String name, Node context) {
        return context.findAncestor(CallableDeclaration.class).map(method -> {
            Node body = (Node) method;
            return body.findAll(AssignExpr.class).stream().anyMatch(assign -> isName(assign.getTarget(), name))
                    || body.findAll(UnaryExpr.class).stream()
                            .anyMatch(unary -> isCounting(unary) && isName(unary.getExpression(), name));
        }).orElse(false);
    }

    private static boolean isCounting(UnaryExpr unary) {
        return switch (unary.getOperator()) {
            case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> true;
            default -> false;
        };
    }

    private static boolean isName(Expression expression, String name) {
        return expression instanceof NameExpr named && named.getNameAsString().equals(name);
    }

    private static boolean isTable(Expression expression, Node context) {
        if (expression instanceof ArrayCreationExpr creation) {
            return creation.getInitializer().isPresent();
        }
        if (expression instanceof ArrayInitializerExpr) {
            return true;
        }
        if (expression instanceof NameExpr name) {
            return isTestArgument(name.getNameAsString(), context)
                    || initializerOf(name.getNameAsString(), context).map(value -> isTable(value, context)).orElse(false);
        }
        if (expression instanceof MethodCallExpr call) {
            return isTableCall(call, context) || isFromTestArguments(call, context);
        }
        return expression instanceof FieldAccessExpr field && isFromTestArguments(field, context);
    }

    private static boolean isTableCall(MethodCallExpr call, Node context) {
        String name = call.getNameAsString();
        if (VIEWS.contains(name) && call.getArguments().isEmpty()
                && call.getScope().filter(scope -> isTable(scope, context)).isPresent()) {
            return true;
        }
        // List.of(...), Arrays.asList(...), Stream.of(...), Map.of(...), Color.values()
        return FACTORIES.contains(name) && call.getScope().filter(NameExpr.class::isInstance)
                .filter(scope -> Character.isUpperCase(scope.toString().charAt(0))).isPresent();
    }

    /** {@code context.keys()}, {@code row.cells.length}: a value reached from the test's own arguments. */
    private static boolean isFromTestArguments(Expression expression, Node context) {
        Expression root = expression;
        while (root instanceof MethodCallExpr || root instanceof FieldAccessExpr) {
            Optional<Expression> scope = root instanceof MethodCallExpr call ? call.getScope()
                    : Optional.of(((FieldAccessExpr) root).getScope());
            if (scope.isEmpty()) {
                return false;
            }
            root = scope.get();
        }
        return root instanceof NameExpr name && isTestArgument(name.getNameAsString(), context);
    }

    /**
     * A parameter of the parameterized test around {@code context} ({@code @ParameterizedTest}, {@code @Theory},
     * TestNG's {@code @Test(dataProvider = ...)}), or a JUnit 4 {@code @Parameter} field of its class.
     */
    private static boolean isTestArgument(String name, Node context) {
        Optional<MethodDeclaration> test = context.findAncestor(MethodDeclaration.class);
        boolean parameter = test.filter(FixedTables::isParameterized).map(MethodDeclaration::getParameters)
                .map(parameters -> hasName(parameters, name)).orElse(false);
        return parameter || test.flatMap(method -> method.findAncestor(TypeDeclaration.class))
                .map(type -> ((TypeDeclaration<?>) type).getFields().stream().filter(FixedTables::isParameterField)
                        .anyMatch(field -> field.getVariables().stream()
                                .anyMatch(variable -> variable.getNameAsString().equals(name))))
                .orElse(false);
    }

    private static boolean hasName(NodeList<Parameter> parameters, String name) {
        return parameters.stream().anyMatch(parameter -> parameter.getNameAsString().equals(name));
    }

    private static boolean isParameterized(MethodDeclaration method) {
        return method.getAnnotations().stream().anyMatch(annotation -> PARAMETERIZED.contains(annotation.getNameAsString())
                || annotation.getNameAsString().equals("Test") && annotation.toString().contains("dataProvider"));
    }

    private static boolean isParameterField(FieldDeclaration field) {
        return field.getAnnotations().stream().anyMatch(annotation -> PARAMETER_FIELDS.contains(annotation.getNameAsString()));
    }

    /** The initializer of the local variable or field {@code name} visible from {@code context}, by name. */
    private static Optional<Expression> initializerOf(String name, Node context) {
        for (Node scope = context; scope != null; scope = scope.getParentNode().orElse(null)) {
            if (scope instanceof CallableDeclaration<?> || scope instanceof TypeDeclaration<?>) {
                Optional<Expression> found = scope.findAll(VariableDeclarator.class).stream()
                        .filter(variable -> variable.getNameAsString().equals(name))
                        .findFirst().flatMap(VariableDeclarator::getInitializer);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
