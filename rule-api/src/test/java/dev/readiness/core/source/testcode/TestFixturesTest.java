package dev.readiness.core.source.testcode;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestFixturesTest {

    private static final CompilationUnit RUNNER_TEST = StaticJavaParser.parse("""
            package com.acme;
            @RunWith(Suite.class)
            @SuiteClasses({RunnerTest.Listed.class})
            public class RunnerTest {
                @Test public void reportsTheFixture() {
                    assertEquals(1, JUnitCore.runClasses(Failing.class).getFailureCount());
                    assertEquals(Inner.class, Nested.class.getEnclosingClass());
                }
                public static class Failing extends Base {
                    @Test public void fails() { }
                }
                public abstract static class Base {
                    @Test public void inherited() { }
                }
                public static class Listed {
                    @Test public void listedInTheSuite() { }
                }
                public static class Logs {
                    private static final Logger LOG = Logger.getLogger(Logs.class);
                    @Test public void logs() { }
                }
                @org.junit.jupiter.api.Nested class Inner {
                    @Test void nestedTest() { }
                }
            }
            """);

    private static List<String> fixtureNames(CompilationUnit unit) {
        TestFixtures fixtures = TestFixtures.of(unit);
        return unit.findAll(TypeDeclaration.class).stream().filter(type -> fixtures.contains((TypeDeclaration<?>) type))
                .map(type -> type.getNameAsString()).toList();
    }

    @Test
    void nestedClassesHandedToARunnerAndTheClassesTheyExtendAreFixtures() {
        assertThat(fixtureNames(RUNNER_TEST)).containsExactly("Failing", "Base");
    }

    @Test
    void theTestsOfAFileLeaveTheFixturesMethodsOut() {
        assertThat(TestFixtures.testsOf(RUNNER_TEST)).extracting(MethodDeclaration::getNameAsString)
                .containsExactly("reportsTheFixture", "listedInTheSuite", "logs", "nestedTest");
    }

    @Test
    void everyClassOfAFixturesPackageIsAFixture() {
        CompilationUnit unit = StaticJavaParser.parse("""
                package com.acme.extension.fixtures;
                public class SlowExample {
                    @Test void waits() { }
                    static class Helper { }
                }
                """);

        assertThat(fixtureNames(unit)).containsExactly("SlowExample", "Helper");
        assertThat(TestFixtures.testsOf(unit)).isEmpty();
    }
}
