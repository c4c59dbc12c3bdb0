package dev.readiness.core.source.testcode;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Extracts the {@link TestFacts} of a test file while its tree is alive: every class declaring tests
 * (nested classes included) with its tests, and every other method with a body (helpers). The test methods of
 * fixture classes ({@link TestFixtures}) are inputs of the tests, not tests.
 */
public final class TestFactsExtractor {

    private TestFactsExtractor() {
    }

    /**
     * The facts of {@code unit}, a test file named {@code fileName}; {@code symbolOf} names the enclosing
     * symbol of a declaration (the source model's {@code Symbols::enclosingSymbol}).
     */
    public static TestFacts extract(CompilationUnit unit, String fileName, Function<Node, String> symbolOf) {
        TreeSet<String> imported = importedTypes(unit);
        List<TestClassFacts> classes = new ArrayList<>();
        List<HelperFacts> helpers = new ArrayList<>();
        TestFixtures fixtures = TestFixtures.of(unit);
        for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
            boolean fixture = fixtures.contains(type) || fixtures.encloses(type);
            List<MethodDeclaration> tests = fixture ? List.of()
                    : type.getMethods().stream().filter(TestMethods::isTest).toList();
            type.getMethods().stream().filter(method -> !TestMethods.isTest(method) && method.getBody().isPresent())
                    .map(method -> new HelperFacts(method.getNameAsString(), BodyScan.oracles(method),
                            BodyScan.calledMethods(method)))
                    .forEach(helpers::add);
            // support classes without tests (fixtures, CLI runners) still count as test code touching
            // the production classes they use
            if (type.getFullyQualifiedName().isPresent()) {
                classes.add(testClass(new Unit(unit, fileName, symbolOf), type, tests, imported));
            }
        }
        return new TestFacts(classes, helpers);
    }

    private record Unit(CompilationUnit unit, String fileName, Function<Node, String> symbolOf) {
    }

    private static TestClassFacts testClass(Unit file, TypeDeclaration<?> type, List<MethodDeclaration> tests,
                                            TreeSet<String> imported) {
        TestKind kind = TestKinds.ofClass(file.unit(), file.fileName(), type);
        List<TestMethodFacts> methods = tests.stream().map(test -> testMethod(test, kind, file.symbolOf())).toList();
        TreeSet<String> referenced = BodyScan.referencedTypes(type);
        referenced.addAll(imported);
        referenced.remove(type.getNameAsString());
        return new TestClassFacts(type.getFullyQualifiedName().get(), type.getNameAsString(), nameLine(type), kind,
                methods, List.copyOf(referenced), BodyScan.calledMethods(type));
    }

    private static TestMethodFacts testMethod(MethodDeclaration method, TestKind classKind,
                                              Function<Node, String> symbolOf) {
        OracleCalls oracles = BodyScan.oracles(method);
        if (TestMethods.declaresExpectedOutcome(method) || TestMethods.promisesNoException(method)) {
            oracles = oracles.withExceptionOracle();
        }
        int line = method.getName().getBegin().map(position -> position.line).orElse(1);
        int column = method.getName().getBegin().map(position -> position.column).orElse(0);
        return new TestMethodFacts(method.getNameAsString(), symbolOf.apply(method), line, column,
                TestMethods.framework(method).orElseThrow(), TestMethods.isDisabled(method),
                TestMethods.disabledReason(method).orElse(null), TestKinds.ofTest(classKind, method), oracles,
                BodyScan.calledMethodsOfTest(method), List.copyOf(BodyScan.referencedTypes(method)),
                BodyScan.calledOwnMethods(method));
    }

    private static int nameLine(TypeDeclaration<?> type) {
        return type.getName().getBegin().map(position -> position.line).orElse(1);
    }

    /** Simple names of imported types, including the classes that static imports come from. */
    private static TreeSet<String> importedTypes(CompilationUnit unit) {
        TreeSet<String> names = new TreeSet<>();
        for (ImportDeclaration declaration : unit.getImports()) {
            if (declaration.isAsterisk()) {
                continue;
            }
            String name = declaration.getNameAsString();
            if (declaration.isStatic()) {
                name = name.substring(0, Math.max(0, name.lastIndexOf('.')));
            }
            names.add(name.substring(name.lastIndexOf('.') + 1));
        }
        names.remove("");
        return names;
    }
}
