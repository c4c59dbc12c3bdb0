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
import java.util.Set;

/**
 * Variables that hold a checking object, so that every call on them is a check: AssertJ assert objects
 * ({@code ListAssert<String> result = then(list); result.contains(x)}), soft assertions ({@code softly.then(x)}),
 * JUnit 4's {@code ErrorCollector} ({@code collector.checkThat(...)}), Truth's {@code Expect}, and Guava's testers,
 * whose {@code test...} methods check ({@code new NullPointerTester().testAllPublicStaticMethods(X.class)}) while
 * the others set them up ({@code addEqualityGroup}). A variable counts when its declared type is such a type (for
 * {@code var}, the type it is created as: {@code var npeTester = new NullPointerTester()}), or when it is
 * initialised by an oracle call ({@code var result = assertThat(list)}); a method of the classes around
 * that returns such a type ({@code temporalAssert(args).isCloseTo(...)}) counts like a variable. Locals and
 * parameters of the method and fields and methods of the classes around it are looked at, by name.
 */
public final class AssertionObjects {

    public static final AssertionObjects NONE = new AssertionObjects(Set.of(), Set.of());

    /** JUnit 4's ErrorCollector and Truth's Expect, whose methods all check. */
    private static final Set<String> CHECKING_TYPES = Set.of("errorcollector", "expect");
    private static final Set<String> CHECKING_SUFFIXES = Set.of("assert", "assertions", "assertionsprovider");
    /** Guava's testers, whose test... methods check. */
    private static final Set<String> TESTER_TYPES = Set.of("nullpointertester", "equalstester", "classsanitytester",
            "forwardingwrappertester");

    private final Set<String> names;
    private final Set<String> testers;

    private AssertionObjects(Set<String> names, Set<String> testers) {
        this.names = Set.copyOf(names);
        this.testers = Set.copyOf(testers);
    }

    /** The checking objects visible in {@code node}: its declarations, and the fields and methods of the classes around it. */
    public static AssertionObjects around(Node node) {
        Found found = new Found(new HashSet<>(), new HashSet<>());
        node.findAll(VariableDeclarator.class).forEach(variable -> found.add(variable));
        node.findAll(Parameter.class).forEach(parameter -> found.add(parameter.getNameAsString(), parameter.getType()));
        for (Node current = node.getParentNode().orElse(null); current != null;
                current = current.getParentNode().orElse(null)) {
            if (current instanceof TypeDeclaration<?> type) {
                type.getFields().forEach(field -> field.getVariables().forEach(found::add));
                type.getMethods().forEach(method -> found.add(method.getNameAsString(), method.getType()));
            }
        }
        return new AssertionObjects(found.names(), found.testers());
    }

    /**
     * A call made on a checking object: its receiver chain starts at such a variable, at a call of such a method, or
     * at {@code new XAssert(...)}.
     */
    public boolean isCallOn(MethodCallExpr call) {
        if (call.getScope().isEmpty()) {
            return false;
        }
        Expression root = call.getScope().get();
        while (root instanceof MethodCallExpr inner && inner.getScope().isPresent()) {
            root = inner.getScope().get();
        }
        if (root instanceof MethodCallExpr first) {
            return names.contains(first.getNameAsString());
        }
        boolean testerCheck = call.getNameAsString().startsWith("test");
        if (root instanceof NameExpr name) {
            return names.contains(name.getNameAsString()) || testerCheck && testers.contains(name.getNameAsString());
        }
        return root instanceof ObjectCreationExpr creation
                && (isCheckingType(creation.getType()) || testerCheck && isTesterType(creation.getType()));
    }

    /** Whether {@code name} is a checking object here. */
    public boolean contains(String name) {
        return names.contains(name);
    }

    /** The checking objects and testers found so far, by variable name. */
    private record Found(Set<String> names, Set<String> testers) {

        void add(VariableDeclarator variable) {
            add(variable.getNameAsString(), declaredOrCreatedType(variable));
            // InOrder inOrder = inOrder(mock) verifies interactions; what comes after it checks no result
            boolean initialisedByAnOracle = variable.getInitializer().filter(MethodCallExpr.class::isInstance)
                    .map(MethodCallExpr.class::cast)
                    .filter(call -> Oracles.isOracle(call) && !Oracles.isMockVerification(call)).isPresent();
            if (initialisedByAnOracle) {
                names.add(variable.getNameAsString());
            }
        }

        void add(String name, Type type) {
            if (isCheckingType(type)) {
                names.add(name);
            } else if (isTesterType(type)) {
                testers.add(name);
            }
        }
    }

    /** The variable's declared type, or for {@code var x = new T(...)} the type it is created as. */
    private static Type declaredOrCreatedType(VariableDeclarator variable) {
        if (!variable.getType().isVarType()) {
            return variable.getType();
        }
        return variable.getInitializer().filter(ObjectCreationExpr.class::isInstance)
                .<Type>map(creation -> ((ObjectCreationExpr) creation).getType()).orElse(variable.getType());
    }

    /** AssertJ's {@code *Assert} and {@code *SoftAssertions}, {@code ErrorCollector}, Truth's {@code Expect}. */
    private static boolean isCheckingType(Type type) {
        String name = simpleName(type);
        return CHECKING_TYPES.contains(name) || CHECKING_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    private static boolean isTesterType(Type type) {
        return TESTER_TYPES.contains(simpleName(type));
    }

    /** The lower-case simple name of a class type, empty for primitives, arrays and the like. */
    private static String simpleName(Type type) {
        return type instanceof ClassOrInterfaceType named ? named.getNameAsString().toLowerCase(Locale.ROOT) : "";
    }
}
