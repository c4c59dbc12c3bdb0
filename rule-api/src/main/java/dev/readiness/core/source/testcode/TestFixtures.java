package dev.readiness.core.source.testcode;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The classes of a test file that its tests run as inputs rather than being tests themselves: a class nested in
 * a test class and handed to a runner as {@code Inner.class} (JUnitCore.runClasses, a Launcher request, a test
 * kit's execute, reflection), a nested class such fixtures extend (their shared test methods), and every class
 * of a {@code fixture}, {@code fixtures} or {@code testdata} package. Their {@code @Test} methods are run on
 * purpose to see what the framework or extension under test does with them (fail, skip, report), so they are
 * no tests of the suite. {@code @Nested} classes and classes named only in annotations ({@code @SuiteClasses})
 * stay tests.
 */
public final class TestFixtures {

    private static final Set<String> FIXTURE_PACKAGES = Set.of("fixture", "fixtures", "testdata");

    private final Set<TypeDeclaration<?>> fixtures;

    private TestFixtures(Set<TypeDeclaration<?>> fixtures) {
        this.fixtures = fixtures;
    }

    /** The fixture classes of {@code unit}. */
    public static TestFixtures of(CompilationUnit unit) {
        Set<TypeDeclaration<?>> found = Collections.newSetFromMap(new IdentityHashMap<>());
        List<TypeDeclaration<?>> types = new ArrayList<>();
        unit.findAll(TypeDeclaration.class).forEach(types::add);
        if (inFixturePackage(unit)) {
            found.addAll(types);
            return new TestFixtures(found);
        }
        List<ClassExpr> literals = unit.findAll(ClassExpr.class, literal -> literal.findAncestor(AnnotationExpr.class)
                .isEmpty());
        types.stream().filter(TestFixtures::isNestedButNotNestedTest)
                .filter(type -> literals.stream().anyMatch(literal -> names(literal, type) && !isInside(literal, type)))
                .forEach(found::add);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (TypeDeclaration<?> type : types) {
                if (!found.contains(type) && isNestedButNotNestedTest(type) && extendedByAFixture(type, found)) {
                    found.add(type);
                    grew = true;
                }
            }
        }
        return new TestFixtures(found);
    }

    /** The test methods of {@code unit} that are tests of the suite: fixtures' methods left out. */
    public static List<MethodDeclaration> testsOf(CompilationUnit unit) {
        TestFixtures fixtures = of(unit);
        return unit.findAll(MethodDeclaration.class, method -> TestMethods.isTest(method) && !fixtures.encloses(method));
    }

    /** Whether {@code type} is a fixture. */
    public boolean contains(TypeDeclaration<?> type) {
        return fixtures.contains(type);
    }

    /** Whether {@code node} sits in a fixture class (directly or in a class nested in one). */
    public boolean encloses(Node node) {
        return fixtures.stream().anyMatch(fixture -> isInside(node, fixture));
    }

    private static boolean inFixturePackage(CompilationUnit unit) {
        return unit.getPackageDeclaration().map(declaration -> List.of(declaration.getNameAsString()
                        .toLowerCase(Locale.ROOT).split("\\.")))
                .filter(segments -> segments.stream().anyMatch(FIXTURE_PACKAGES::contains)).isPresent();
    }

    private static boolean isNestedButNotNestedTest(TypeDeclaration<?> type) {
        return type.getParentNode().filter(TypeDeclaration.class::isInstance).isPresent()
                && type.getAnnotations().stream().noneMatch(annotation -> annotation.getNameAsString().equals("Nested")
                        || annotation.getNameAsString().equals("org.junit.jupiter.api.Nested"));
    }

    private static boolean names(ClassExpr literal, TypeDeclaration<?> type) {
        return literal.getType() instanceof ClassOrInterfaceType named
                && named.getNameAsString().equals(type.getNameAsString());
    }

    private static boolean isInside(Node node, TypeDeclaration<?> type) {
        for (Node current = node.getParentNode().orElse(null); current != null;
                current = current.getParentNode().orElse(null)) {
            if (current == type) {
                return true;
            }
        }
        return false;
    }

    private static boolean extendedByAFixture(TypeDeclaration<?> type, Set<TypeDeclaration<?>> found) {
        return found.stream().filter(ClassOrInterfaceDeclaration.class::isInstance)
                .map(ClassOrInterfaceDeclaration.class::cast)
                .anyMatch(fixture -> fixture.getExtendedTypes().stream()
                        .anyMatch(parent -> parent.getNameAsString().equals(type.getNameAsString())));
    }
}
