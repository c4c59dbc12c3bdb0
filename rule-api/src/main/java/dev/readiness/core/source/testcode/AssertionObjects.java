package dev.readiness.core.source.testcode;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Variables that hold a checking object, so that every call on them is a check: AssertJ assert objects
 * ({@code ListAssert<String> result = then(list); result.contains(x)}), soft assertions ({@code softly.then(x)}),
 * JUnit 4's {@code ErrorCollector} ({@code collector.checkThat(...)}), Truth's {@code Expect}, and Guava's testers
 * ({@code new NullPointerTester().testAllPublicStaticMethods(X.class)}). A variable counts when its declared type is such a type, or when it is
 * initialised by an oracle call ({@code var result = assertThat(list)}). Locals and parameters of the method and
 * fields of the classes around it are looked at, by name.
 */
public final class AssertionObjects {

    public static final AssertionObjects NONE = new AssertionObjects(Set.of());

    /** JUnit 4's ErrorCollector, Truth's Expect and Guava's testers, whose methods all check. */
    private static final Set<String> CHECKING_TYPES = Set.of("errorcollector", "expect", "nullpointertester",
            "equalstester", "classsanitytester", "forwardingwrappertester");
    private static final Set<String> CHECKING_SUFFIXES = Set.of("assert", "assertions", "assertionsprovider");

    private final Set<String> names;

    private AssertionObjects(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    /** The checking objects visible in {@code node}: its own declarations and the fields of the classes around it. */
    public static AssertionObjects around(Node node) {
        Set<String> found = new HashSet<>();
        node.findAll(VariableDeclarator.class).forEach(variable -> collect(variable, found));
        node.findAll(Parameter.class).forEach(parameter -> collect(parameter.getNameAsString(), parameter.getType(), found));
        for (Node current = node.getParentNode().orElse(null); current != null;
                current = current.getParentNode().orElse(null)) {
            if (current instanceof TypeDeclaration<?> type) {
                type.getFields().forEach(field -> field.getVariables().forEach(variable -> collect(variable, found)));
            }
        }
        return new AssertionObjects(found);
    }

    /** A call made on a checking object: its receiver chain starts at such a variable or at {@code new XAssert(...)}. */
    public boolean isCallOn(MethodCallExpr call) {
        Optional<Expression> scope = call.getScope();
        while (scope.isPresent() && scope.get() instanceof MethodCallExpr inner) {
            scope = inner.getScope();
        }
        if (scope.isEmpty()) {
            return false;
        }
        Expression root = scope.get();
        if (root instanceof NameExpr name) {
            return names.contains(name.getNameAsString());
        }
        return root instanceof ObjectCreationExpr creation && isCheckingType(creation.getType());
    }

    /** Whether {@code name} is a checking object here. */
    public boolean contains(String name) {
        return names.contains(name);
    }

    private static void collect(VariableDeclarator variable, Set<String> found) {
        collect(variable.getNameAsString(), variable.getType(), found);
        boolean initialisedByAnOracle = variable.getInitializer().filter(MethodCallExpr.class::isInstance)
                .map(MethodCallExpr.class::cast).filter(Oracles::isOracle).isPresent();
        if (initialisedByAnOracle) {
            found.add(variable.getNameAsString());
        }
    }

    private static void collect(String name, Type type, Set<String> found) {
        if (isCheckingType(type)) {
            found.add(name);
        }
    }

    /** AssertJ's {@code *Assert} and {@code *SoftAssertions}, {@code ErrorCollector}, Truth's {@code Expect}, Guava's testers. */
    static boolean isCheckingType(Type type) {
        if (!(type instanceof ClassOrInterfaceType named)) {
            return false;
        }
        String name = named.getNameAsString().toLowerCase(Locale.ROOT);
        return CHECKING_TYPES.contains(name) || CHECKING_SUFFIXES.stream().anyMatch(name::endsWith);
    }
}
