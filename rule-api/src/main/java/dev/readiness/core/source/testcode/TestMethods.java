package dev.readiness.core.source.testcode;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises test methods of JUnit 4, JUnit 5 (including parameterized, repeated, factory and template
 * tests, and a project's composed test annotations such as MapStruct's {@code @ProcessorTest}) and TestNG by their
 * annotations, JUnit 3 by its naming convention (a public void {@code test...} method without parameters in a class
 * that extends a {@code TestCase}), a home-grown xUnit by the same convention under a {@code Test...} base class
 * (H2's {@code TestBase}), and whether and why they are disabled. Annotations are matched by simple or fully
 * qualified name; imports are not resolved (a project's own {@code @Test} annotation is rare enough to accept).
 */
public final class TestMethods {

    /** Words of a test name, lower case without underscores, that promise nothing throws. */
    private static final List<String> NO_EXCEPTION_PROMISES = List.of("notthrow", "nothrow", "dontthrow",
            "doesntthrow", "noexception", "nullsafe");
    private static final Pattern NO_EXCEPTION_TRIGGERED = Pattern.compile(
            ".*(dont|donot|doesnt|doesnot)trigger\\w*exception.*");


    private static final Map<String, TestFramework> TEST_ANNOTATIONS = Map.ofEntries(
            Map.entry("org.junit.Test", TestFramework.JUNIT4),
            Map.entry("org.junit.jupiter.api.Test", TestFramework.JUNIT5),
            Map.entry("org.junit.jupiter.params.ParameterizedTest", TestFramework.JUNIT5),
            Map.entry("org.junit.jupiter.api.RepeatedTest", TestFramework.JUNIT5),
            Map.entry("org.junit.jupiter.api.TestFactory", TestFramework.JUNIT5),
            Map.entry("org.junit.jupiter.api.TestTemplate", TestFramework.JUNIT5),
            Map.entry("org.testng.annotations.Test", TestFramework.TESTNG));
    private static final Set<String> JUNIT5_ONLY_NAMES = Set.of("ParameterizedTest", "RepeatedTest", "TestFactory",
            "TestTemplate");
    private static final Set<String> DISABLING = Set.of("Disabled", "org.junit.jupiter.api.Disabled", "Ignore",
            "org.junit.Ignore", "org.testng.annotations.Ignore");
    private static final Set<String> TESTNG_TEST = Set.of("Test", "org.testng.annotations.Test");
    /**
     * A method annotation named like a test that is none of the frameworks' own: a composed annotation, which only
     * JUnit 5 supports (meta-annotated {@code @Test} or {@code @TestTemplate}). TestNG's {@code @BeforeTest} and
     * {@code @AfterTest} are set-up, and names that switch tests off or only describe them are left out.
     */
    private static final Pattern COMPOSED_TEST = Pattern.compile("(?!Before|After|Disabled|Ignore|Enabled)[A-Z]\\w*Test");
    /** A base class of a home-grown xUnit: {@code TestBase}, {@code TestDb}, {@code DatabaseTestBase}. */
    private static final Pattern HOME_GROWN_BASE = Pattern.compile("Test[A-Z]\\w*|\\w+TestBase");
    /** Imports of any test framework, JUnit 3's included. */
    private static final Pattern TEST_FRAMEWORK_IMPORT = Pattern.compile("(org\\.junit|junit\\.framework|org\\.testng)(\\..*)?");
    /** Imports of the annotation-driven frameworks, which never run a method for its name alone. */
    private static final Pattern ANNOTATION_FRAMEWORK_IMPORT = Pattern.compile("org\\.junit(\\.jupiter)?(\\..*)?|org\\.testng(\\..*)?");

    private TestMethods() {
    }

    /** The framework of a test method, empty when {@code method} is not a test. */
    public static Optional<TestFramework> framework(MethodDeclaration method) {
        for (AnnotationExpr annotation : method.getAnnotations()) {
            String name = annotation.getNameAsString();
            TestFramework byQualifiedName = TEST_ANNOTATIONS.get(name);
            if (byQualifiedName != null) {
                return Optional.of(byQualifiedName);
            }
            if (name.equals("Test")) {
                return Optional.of(frameworkOfPlainTest(method));
            }
            if (JUNIT5_ONLY_NAMES.contains(name)) {
                return Optional.of(TestFramework.JUNIT5);
            }
        }
        for (AnnotationExpr annotation : method.getAnnotations()) {
            if (isComposedTest(simpleName(annotation.getNameAsString()))) {
                return Optional.of(TestFramework.JUNIT5);
            }
        }
        return isJunit3Test(method) ? Optional.of(TestFramework.JUNIT3) : Optional.empty();
    }

    private static String simpleName(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /**
     * JUnit 3 runs every public, non-static, void, parameterless method whose name starts with {@code test} of a
     * {@code TestCase} subclass (Guice's and many legacy suites still do). The class must name a {@code ...TestCase}
     * as its superclass: a project base class in between cannot be seen from one file. A home-grown xUnit follows
     * the same convention under a base class named {@code Test...} or {@code ...TestBase} (H2 runs the
     * {@code test()} of each {@code TestBase} subclass), as long as the file imports no annotation-driven framework,
     * whose runners would leave such a method alone.
     */
    private static boolean isJunit3Test(MethodDeclaration method) {
        boolean shape = method.isPublic() && !method.isStatic() && method.getBody().isPresent()
                && method.getType().isVoidType() && method.getParameters().isEmpty()
                && method.getNameAsString().startsWith("test");
        return shape && method.getParentNode().filter(ClassOrInterfaceDeclaration.class::isInstance)
                .map(ClassOrInterfaceDeclaration.class::cast)
                .filter(type -> !type.isInterface())
                .map(type -> type.getExtendedTypes().stream().map(superclass -> superclass.getNameAsString())
                        .anyMatch(superclass -> superclass.endsWith("TestCase")
                                || HOME_GROWN_BASE.matcher(superclass).matches() && !importsAnnotationFramework(method)))
                .orElse(false);
    }

    private static boolean importsAnnotationFramework(MethodDeclaration method) {
        return method.findCompilationUnit().map(unit -> unit.getImports().stream()
                .anyMatch(declaration -> ANNOTATION_FRAMEWORK_IMPORT.matcher(declaration.getNameAsString()).matches()))
                .orElse(false);
    }

    public static boolean isTest(MethodDeclaration method) {
        return framework(method).isPresent();
    }

    /**
     * Whether a file declares tests that a test framework runs: a test method, in a file importing JUnit or TestNG.
     * Such a file is test code wherever it is kept: a suite shipped in {@code src/main} of a test-support module
     * (Maven Resolver's {@code HttpTransporterTest}, which each transport's tests extend) is no production code.
     * The import keeps out annotations that merely share a name with a test framework's.
     */
    public static boolean declaresTests(CompilationUnit unit) {
        return unit.getImports().stream()
                .anyMatch(declaration -> TEST_FRAMEWORK_IMPORT.matcher(declaration.getNameAsString()).matches())
                && !unit.findAll(MethodDeclaration.class, TestMethods::isTest).isEmpty();
    }

    /**
     * Whether the test (or its class) is switched off: JUnit 5 {@code @Disabled}, JUnit 4 {@code @Ignore},
     * TestNG {@code @Test(enabled = false)}, or an empty override of an inherited test.
     */
    public static boolean isDisabled(MethodDeclaration method) {
        return isDisabledItself(method) || inDisabledClass(method) || isSwitchedOffOverride(method);
    }

    /**
     * {@code @Override @Test void inheritedCase() { // not supported here }}: an empty body overriding an inherited
     * test is how a subclass of an abstract contract test switches off a case that does not apply to it.
     */
    public static boolean isSwitchedOffOverride(MethodDeclaration method) {
        return method.getAnnotationByName("Override").isPresent()
                && method.getBody().map(body -> body.getStatements().isEmpty()).orElse(false);
    }

    /** Disabled by an annotation on the method itself (not only through its class). */
    public static boolean isDisabledItself(MethodDeclaration method) {
        return disablingAnnotation(method).isPresent() || testNgDisabled(method);
    }

    /** How a test class is switched off; {@code reason} is empty when none is given. */
    public record Disabling(Optional<String> reason) {
    }

    /**
     * The disabling of a test class: JUnit {@code @Disabled}/{@code @Ignore} (reason: the value) or TestNG
     * {@code @Test(enabled = false)} (reason: the description); empty when the class is not disabled.
     */
    public static Optional<Disabling> disablingOf(ClassOrInterfaceDeclaration type) {
        for (AnnotationExpr annotation : type.getAnnotations()) {
            String name = annotation.getNameAsString();
            if (DISABLING.contains(name)) {
                return Optional.of(new Disabling(reasonOf(annotation, "value")));
            }
            if (TESTNG_TEST.contains(name) && isEnabledFalse(annotation)) {
                return Optional.of(new Disabling(reasonOf(annotation, "description")));
            }
        }
        return Optional.empty();
    }

    /** A JUnit {@code @Disabled}/{@code @Ignore} on an enclosing class switches off all its tests. */
    private static boolean inDisabledClass(MethodDeclaration method) {
        return method.findAncestor(ClassOrInterfaceDeclaration.class)
                .map(type -> disablingAnnotation(type).isPresent() || inDisabledClass(type))
                .orElse(false);
    }

    private static boolean inDisabledClass(ClassOrInterfaceDeclaration type) {
        return type.findAncestor(ClassOrInterfaceDeclaration.class)
                .map(outer -> disablingAnnotation(outer).isPresent() || inDisabledClass(outer))
                .orElse(false);
    }

    /** The reason given for disabling, empty when there is none (or the test is not disabled). */
    public static Optional<String> disabledReason(MethodDeclaration method) {
        Optional<AnnotationExpr> disabling = disablingAnnotation(method);
        if (disabling.isPresent()) {
            return reasonOf(disabling.get(), "value");
        }
        return method.getAnnotationByName("Test").filter(TestMethods::isEnabledFalse)
                .flatMap(test -> reasonOf(test, "description"));
    }

    /**
     * A test whose name promises that nothing throws ({@code shouldNotThrowExceptionWhenValueIsLowerBound},
     * {@code testHashCodeNullSafe}, {@code deep_stubs_dont_trigger_unnecessary_stubbing_exception}): the exception
     * it would fail with is its oracle, as JUnit fails a test that throws.
     */
    public static boolean promisesNoException(MethodDeclaration method) {
        String name = method.getNameAsString().toLowerCase(Locale.ROOT).replace("_", "");
        return NO_EXCEPTION_PROMISES.stream().anyMatch(name::contains) || NO_EXCEPTION_TRIGGERED.matcher(name).matches();
    }

    /** JUnit 4 {@code @Test(expected = X.class)}: the thrown exception is the test's oracle. */
    /**
     * The outcome is checked outside the body, as annotations declare: {@code @Test(expected = ...)}, a project's
     * {@code @Expected...} annotation that its test extension checks, or a project's composed test annotation, whose
     * extension runs the test and checks what it is for (MapStruct's {@code @ProcessorTest} compiles the mapper and
     * fails on a compilation error; {@code @ExpectedCompilationOutcome(FAILED, diagnostics = ...)} declares others).
     */
    public static boolean declaresExpectedOutcome(MethodDeclaration method) {
        return expectsException(method) || method.getAnnotations().stream()
                .map(annotation -> simpleName(annotation.getNameAsString()))
                .anyMatch(name -> name.startsWith("Expected") || isComposedTest(name));
    }

    private static boolean isComposedTest(String simpleName) {
        return COMPOSED_TEST.matcher(simpleName).matches() && !TEST_ANNOTATIONS.containsKey(simpleName)
                && !JUNIT5_ONLY_NAMES.contains(simpleName) && !simpleName.equals("Test");
    }

    public static boolean expectsException(MethodDeclaration method) {
        return method.getAnnotationByName("Test")
                .filter(NormalAnnotationExpr.class::isInstance)
                .map(test -> ((NormalAnnotationExpr) test).getPairs().stream()
                        .anyMatch(pair -> pair.getNameAsString().equals("expected")
                                || pair.getNameAsString().equals("expectedExceptions")))
                .orElse(false);
    }

    private static TestFramework frameworkOfPlainTest(MethodDeclaration method) {
        return method.findCompilationUnit().map(unit -> {
            for (var anImport : unit.getImports()) {
                String name = anImport.getNameAsString();
                if (name.startsWith("org.testng")) {
                    return TestFramework.TESTNG;
                }
                if (name.startsWith("org.junit.jupiter")) {
                    return TestFramework.JUNIT5;
                }
                if (name.equals("org.junit.Test") || name.equals("org.junit")) {
                    return TestFramework.JUNIT4;
                }
            }
            return TestFramework.JUNIT5;
        }).orElse(TestFramework.JUNIT5);
    }

    private static Optional<AnnotationExpr> disablingAnnotation(NodeWithAnnotations<?> node) {
        return node.getAnnotations().stream().filter(annotation -> DISABLING.contains(annotation.getNameAsString()))
                .findFirst();
    }

    private static boolean testNgDisabled(MethodDeclaration method) {
        return method.getAnnotationByName("Test").filter(TestMethods::isEnabledFalse).isPresent();
    }

    private static boolean isEnabledFalse(AnnotationExpr test) {
        return test instanceof NormalAnnotationExpr normal && normal.getPairs().stream()
                .anyMatch(pair -> pair.getNameAsString().equals("enabled")
                        && pair.getValue().toString().equals("false"));
    }

    private static Optional<String> reasonOf(AnnotationExpr annotation, String attribute) {
        Optional<Expression> value = Optional.empty();
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            value = Optional.of(single.getMemberValue());
        } else if (annotation instanceof NormalAnnotationExpr normal) {
            value = normal.getPairs().stream().filter(pair -> pair.getNameAsString().equals(attribute))
                    .map(MemberValuePair::getValue).findFirst();
        }
        return value.map(expression -> expression instanceof StringLiteralExpr literal ? literal.asString()
                        : expression.toString())
                .map(String::strip)
                .filter(reason -> !reason.isEmpty());
    }
}
