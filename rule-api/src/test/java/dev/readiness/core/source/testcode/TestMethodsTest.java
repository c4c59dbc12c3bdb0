package dev.readiness.core.source.testcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.body.MethodDeclaration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestMethodsTest {

    private static MethodDeclaration method(String source, String name) {
        return StaticJavaParser.parse(source)
                .findFirst(MethodDeclaration.class, candidate -> candidate.getNameAsString().equals(name))
                .orElseThrow();
    }

    private static List<MethodDeclaration> methods(String source) {
        return StaticJavaParser.parse(source).findAll(MethodDeclaration.class);
    }

    @Test
    void junit4TestIsToldByItsImport() {
        MethodDeclaration test = method("""
                import org.junit.Test;
                class OrderTest {
                    @Test public void totals() { }
                }
                """, "totals");

        assertThat(TestMethods.framework(test)).contains(TestFramework.JUNIT4);
        assertThat(TestMethods.isTest(test)).isTrue();
    }

    @Test
    void junit4WildcardImportMakesPlainTestJunit4() {
        MethodDeclaration test = method("""
                import org.junit.*;
                class OrderTest {
                    @Test public void totals() { }
                }
                """, "totals");

        assertThat(TestMethods.framework(test)).contains(TestFramework.JUNIT4);
    }

    @Test
    void junit5TestIsToldByItsImport() {
        MethodDeclaration test = method("""
                import static org.assertj.core.api.Assertions.assertThat;
                import org.junit.jupiter.api.Test;
                class OrderTest {
                    @Test void totals() { }
                }
                """, "totals");

        assertThat(TestMethods.framework(test)).contains(TestFramework.JUNIT5);
    }

    @Test
    void testNgTestIsToldByItsImport() {
        MethodDeclaration test = method("""
                import static org.testng.Assert.assertEquals;
                import org.testng.annotations.Test;
                public class OrderTest {
                    @Test public void totals() { }
                }
                """, "totals");

        assertThat(TestMethods.framework(test)).contains(TestFramework.TESTNG);
    }

    @Test
    void plainTestWithoutFrameworkImportDefaultsToJunit5() {
        MethodDeclaration test = method("""
                import java.util.List;
                class OrderTest {
                    @Test void totals() { }
                }
                """, "totals");

        assertThat(TestMethods.framework(test)).contains(TestFramework.JUNIT5);
    }

    @Test
    void qualifiedTestAnnotationsNeedNoImport() {
        String source = """
                class OrderTest {
                    @org.junit.Test public void junit4() { }
                    @org.junit.jupiter.api.Test void junit5() { }
                    @org.testng.annotations.Test public void testng() { }
                    @org.junit.jupiter.params.ParameterizedTest void parameterized(int value) { }
                }
                """;

        assertThat(methods(source)).extracting(MethodDeclaration::getNameAsString, m -> TestMethods.framework(m).orElseThrow())
                .containsExactly(
                        tuple("junit4", TestFramework.JUNIT4),
                        tuple("junit5", TestFramework.JUNIT5),
                        tuple("testng", TestFramework.TESTNG),
                        tuple("parameterized", TestFramework.JUNIT5));
    }

    @Test
    void junit5TemplatesAreJunit5TestsWhateverTheImports() {
        String source = """
                import org.junit.Test;
                class OrderTest {
                    @ParameterizedTest @ValueSource(ints = {1, 2}) void parameterized(int value) { }
                    @RepeatedTest(3) void repeated() { }
                    @TestFactory Stream<DynamicTest> factory() { return Stream.empty(); }
                    @TestTemplate void template() { }
                }
                """;

        assertThat(methods(source)).extracting(m -> TestMethods.framework(m).orElseThrow())
                .containsExactly(TestFramework.JUNIT5, TestFramework.JUNIT5, TestFramework.JUNIT5, TestFramework.JUNIT5);
    }

    @Test
    void junit3TestsAreToldByTheirNameAndTheirTestCaseSuperclass() {
        String source = """
                import junit.framework.TestCase;
                public class InjectorTest extends TestCase {
                    public void testInjectsFields() { assertEquals(1, 1); }
                    public void test() { }
                    public void setUp() { }
                    void testPackagePrivate() { }
                    public static void testStatic() { }
                    public void testWithArgument(int value) { }
                    public int testReturningValue() { return 0; }
                    public void helper() { }
                }
                abstract class AbstractStoreTestCase extends junit.framework.TestCase { }
                class StoreTest extends AbstractStoreTestCase {
                    public void testStores() { }
                }
                """;

        assertThat(methods(source)).filteredOn(TestMethods::isTest).extracting(MethodDeclaration::getNameAsString)
                .containsExactly("testInjectsFields", "test", "testStores");
        assertThat(TestMethods.framework(method(source, "testStores"))).contains(TestFramework.JUNIT3);
    }

    @Test
    void aHomeGrownXunitRunsTheTestMethodsOfItsBaseClassSubclasses() {
        // rewritten from H2, whose TestAll runs test() of every TestBase subclass, asserting with TestBase's methods
        String source = """
                public class TestAlterTable extends TestDb {
                    @Override
                    public void test() throws Exception { assertEquals(1, 1); }
                    public void testRenames() { }
                    private void testDrops() { }
                    public void check() { }
                }
                class TestIndexes extends StorageTestBase {
                    public void test() { }
                }
                """;

        assertThat(methods(source)).filteredOn(TestMethods::isTest).extracting(MethodDeclaration::getNameAsString)
                .containsExactly("test", "testRenames", "test");
    }

    @Test
    void underAnAnnotationDrivenFrameworkATestNamedMethodOfATestBaseSubclassIsAHelper() {
        // JUnit 4 runs only @Test methods, whatever the base class is called
        String source = """
                import org.junit.Test;
                public class OrderTest extends TestBase {
                    @Test public void totals() { testConnection(); }
                    public void testConnection() { }
                }
                class Checker extends Testable {
                    public void testConnection() { }
                }
                """;

        assertThat(methods(source)).filteredOn(TestMethods::isTest).extracting(MethodDeclaration::getNameAsString)
                .containsExactly("totals");
    }

    @Test
    void composedTestAnnotationsOfTheProjectAreJunit5TestsButSetUpAnnotationsAreNot() {
        // rewritten from MapStruct, whose @ProcessorTest is meta-annotated with @TestTemplate
        String source = """
                import org.testng.annotations.*;
                class MapperTest {
                    @ProcessorTest void mapsNestedBeans() { }
                    @org.example.ArchTest void layersHold() { }
                    @BeforeTest void startContainer() { }
                    @AfterTest void stopContainer() { }
                    @DisabledTest void notYet() { }
                    @Latest void newest() { }
                }
                """;

        assertThat(methods(source)).filteredOn(TestMethods::isTest).extracting(MethodDeclaration::getNameAsString)
                .containsExactly("mapsNestedBeans", "layersHold");
        assertThat(TestMethods.framework(method(source, "mapsNestedBeans"))).contains(TestFramework.JUNIT5);
    }

    @Test
    void testNamedMethodsOutsideATestCaseAreNoJunit3Tests() {
        String source = """
                class OrderTest {
                    public void testTotals() { }
                }
                class Checker extends Base {
                    public void testConnection() { }
                }
                interface Probe extends TestCase {
                    default void testProbe() { }
                }
                """;

        assertThat(methods(source)).hasSize(3).noneMatch(TestMethods::isTest);
    }

    @Test
    void methodsWithoutTestAnnotationAreNotTests() {
        String source = """
                import org.junit.jupiter.api.*;
                class OrderTest {
                    @BeforeEach void setUp() { }
                    @Override public String toString() { return ""; }
                    void helper() { }
                }
                """;

        assertThat(methods(source)).hasSize(3).allSatisfy(m -> {
            assertThat(TestMethods.framework(m)).isEmpty();
            assertThat(TestMethods.isTest(m)).isFalse();
            assertThat(TestMethods.isDisabled(m)).isFalse();
        });
    }

    @Test
    void enabledTestIsNotDisabledAndHasNoReason() {
        MethodDeclaration test = method("class T { @Test void runs() { } }", "runs");

        assertThat(TestMethods.isDisabled(test)).isFalse();
        assertThat(TestMethods.disabledReason(test)).isEmpty();
    }

    @Test
    void disabledWithoutReason() {
        MethodDeclaration test = method("class T { @Disabled @Test void skipped() { } }", "skipped");

        assertThat(TestMethods.isDisabled(test)).isTrue();
        assertThat(TestMethods.disabledReason(test)).isEmpty();
    }

    @Test
    void disabledWithReason() {
        MethodDeclaration test = method("class T { @Test @Disabled(\"flaky on CI, see #12\") void skipped() { } }", "skipped");

        assertThat(TestMethods.isDisabled(test)).isTrue();
        assertThat(TestMethods.disabledReason(test)).contains("flaky on CI, see #12");
    }

    @Test
    void disabledWithNamedValueReason() {
        MethodDeclaration test = method("class T { @Test @Disabled(value = \"  slow  \") void skipped() { } }", "skipped");

        assertThat(TestMethods.disabledReason(test)).contains("slow");
    }

    @Test
    void ignoredWithAndWithoutReason() {
        String source = """
                class T {
                    @Test @Ignore void bare() { }
                    @Test @Ignore("waits for the new API") void reasoned() { }
                    @Test @Ignore("   ") void blank() { }
                    @Test @org.junit.Ignore("legacy") void qualified() { }
                }
                """;

        assertThat(methods(source)).allSatisfy(m -> assertThat(TestMethods.isDisabled(m)).isTrue())
                .extracting(m -> TestMethods.disabledReason(m).orElse("<none>"))
                .containsExactly("<none>", "waits for the new API", "<none>", "legacy");
    }

    @Test
    void reasonGivenAsConstantIsKeptAsWritten() {
        MethodDeclaration test = method("class T { @Test @Disabled(Reasons.SLOW) void skipped() { } }", "skipped");

        assertThat(TestMethods.disabledReason(test)).contains("Reasons.SLOW");
    }

    @Test
    void testNgEnabledFalseIsDisabledWithItsDescription() {
        MethodDeclaration test = method("""
                import org.testng.annotations.Test;
                class T {
                    @Test(enabled = false, description = "needs the staging database") public void skipped() { }
                }
                """, "skipped");

        assertThat(TestMethods.isDisabled(test)).isTrue();
        assertThat(TestMethods.disabledReason(test)).contains("needs the staging database");
    }

    @Test
    void testNgEnabledFalseWithoutDescriptionHasNoReason() {
        MethodDeclaration test = method("class T { @Test(enabled = false) public void skipped() { } }", "skipped");

        assertThat(TestMethods.isDisabled(test)).isTrue();
        assertThat(TestMethods.disabledReason(test)).isEmpty();
    }

    @Test
    void testNgEnabledTrueOrDescriptionAloneIsNotDisabled() {
        String source = """
                class T {
                    @Test(enabled = true) public void on() { }
                    @Test(description = "documents the order") public void described() { }
                }
                """;

        assertThat(methods(source)).allSatisfy(m -> {
            assertThat(TestMethods.isDisabled(m)).isFalse();
            assertThat(TestMethods.disabledReason(m)).isEmpty();
        });
    }

    @Test
    void expectedExceptionAttributesAreOracles() {
        String source = """
                class T {
                    @Test(expected = IllegalStateException.class) public void junit4() { }
                    @Test(expectedExceptions = IllegalStateException.class) public void testng() { }
                    @Test(timeout = 100) public void timed() { }
                    @Test public void plain() { }
                    void helper() { }
                }
                """;

        assertThat(methods(source)).extracting(TestMethods::expectsException)
                .containsExactly(true, true, false, false, false);
    }

    @Test
    void anExpectedOutcomeDeclaredByAnAnnotationIsAnOracle() {
        // rewritten from MapStruct: an empty test whose extension compiles the mapper and checks the declared outcome
        String source = """
                class MapperTest {
                    @ProcessorTest
                    @ExpectedCompilationOutcome(value = FAILED, diagnostics = @Diagnostic(line = 19))
                    public void reportsUnknownProperty() { }
                    @ProcessorTest @WithClasses(PersonMapper.class) public void compiles() { }
                    @Test(expected = IllegalStateException.class) public void junit4() { }
                    @Test @WithClasses(PersonMapper.class) public void plain() { }
                    @RepeatedTest(3) public void repeated() { }
                }
                """;

        // the composed @ProcessorTest's extension fails the test when the mapper does not compile
        assertThat(methods(source)).extracting(TestMethods::declaresExpectedOutcome)
                .containsExactly(true, true, true, false, false);
    }

    @Test
    void qualifiedJunit4ExpectedIsAnOracle() {
        MethodDeclaration test = method("""
                class T {
                    @org.junit.Test(expected = IllegalStateException.class) public void fails() { }
                }
                """, "fails");

        assertThat(TestMethods.expectsException(test)).isTrue();
    }

    @Test
    void qualifiedTestNgEnabledFalseIsDisabled() {
        MethodDeclaration test = method("""
                class T {
                    @org.testng.annotations.Test(enabled = false, description = "later") public void skipped() { }
                }
                """, "skipped");

        assertThat(TestMethods.isDisabled(test)).isTrue();
        assertThat(TestMethods.disabledReason(test)).contains("later");
    }

    @Test
    void testInDisabledClassIsDisabled() {
        MethodDeclaration test = method("""
                @Disabled("whole class waits for the new API")
                class T {
                    @Test void runs() { }
                }
                """, "runs");

        assertThat(TestMethods.isDisabled(test)).isTrue();
    }

    @Test
    void anEmptyOverrideOfAnInheritedTestSwitchesItOff() {
        List<MethodDeclaration> tests = methods("""
                import org.junit.jupiter.api.Test;
                class NarrowShelfTest extends ShelfContractTest {
                    @Override @Test void remove() {
                        // does not apply to a narrow shelf
                    }
                    @Override @Test void put() { super.put(); }
                    @Test void notWrittenYet() { }
                }
                """);

        assertThat(tests).extracting(TestMethods::isSwitchedOffOverride, TestMethods::isDisabled)
                .containsExactly(tuple(true, true), tuple(false, false), tuple(false, false));
        assertThat(tests).extracting(TestMethods::isDisabledItself).containsOnly(false);
    }

    @Test
    void aFileDeclaresTestsWhenATestFrameworkRunsOneOfItsMethods() {
        String sharedSuite = """
                package org.eclipse.aether.transport.http;
                import static org.junit.jupiter.api.Assertions.assertEquals;
                import org.junit.jupiter.api.Test;
                public abstract class HttpTransporterTest {
                    protected abstract Object newTransporter();
                    @Test protected void peek() { assertEquals(1, 1); }
                }
                """;
        String junit3Suite = """
                import junit.framework.TestCase;
                public class ConnectorTestCase extends TestCase { public void testOpens() { } }
                """;

        assertThat(TestMethods.declaresTests(StaticJavaParser.parse(sharedSuite))).isTrue();
        assertThat(TestMethods.declaresTests(StaticJavaParser.parse(junit3Suite))).isTrue();
    }

    @Test
    void aFileDeclaresNoTestsWithoutATestMethodOrWithoutATestFramework() {
        String junitRule = """
                import org.junit.rules.ExternalResource;
                public class ServerRule extends ExternalResource { protected void before() { } }
                """;
        String ownAnnotation = """
                package com.acme.probe;
                public class Probes { @Test public void probe() { } }
                """;

        assertThat(TestMethods.declaresTests(StaticJavaParser.parse(junitRule))).isFalse();
        assertThat(TestMethods.declaresTests(StaticJavaParser.parse(ownAnnotation))).isFalse();
    }
}
