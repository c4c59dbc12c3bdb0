package dev.readiness.core.testmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.readiness.core.metrics.ModuleTestMetrics;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.source.FileFacts;
import dev.readiness.core.source.JavaSourceParser;
import dev.readiness.core.source.ParseOutcome;
import dev.readiness.core.source.SourceFacts;
import dev.readiness.core.source.TypeInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestModelTest {

    private static final JavaSourceParser PARSER = new JavaSourceParser();

    private static FileFacts parse(String path, FileKind kind, String source) {
        ParseOutcome outcome = PARSER.parse(new RepoFile(path, kind, path.substring(0, path.indexOf('/')), 0, null),
                source.getBytes(StandardCharsets.UTF_8), "blob");
        return ((ParseOutcome.Parsed) outcome).facts();
    }

    private static FileFacts production(String path, String source) {
        return parse(path, FileKind.PRODUCTION, source);
    }

    private static FileFacts test(String path, String source) {
        return parse(path, FileKind.TEST, source);
    }

    private static String classWithLogic(String packageName, String name, String method) {
        return "package " + packageName + ";\npublic class " + name + " {\n    public int " + method
                + "(int amount) {\n        int result = amount + 1;\n        return result;\n    }\n}\n";
    }

    private static final List<FileFacts> FILES = List.of(
            production("core/src/main/java/com/acme/Order.java", classWithLogic("com.acme", "Order", "total")),
            production("core/src/main/java/com/acme/Pricing.java", classWithLogic("com.acme", "Pricing", "priceOf")),
            production("core/src/main/java/com/acme/Inventory.java", classWithLogic("com.acme", "Inventory", "reserve")),
            production("core/src/main/java/com/acme/Gateway.java", """
                    package com.acme;
                    public interface Gateway {
                        void send(String message);
                    }
                    """),
            production("app/src/main/java/com/acme/app/Launcher.java", classWithLogic("com.acme.app", "Launcher", "launch")),
            test("core/src/test/java/com/acme/OrderTest.java", """
                    package com.acme;
                    import org.junit.jupiter.api.Test;
                    class OrderTest {
                        @Test
                        void totals() {
                            assertEquals(4, new Order().total(2));
                        }
                        @Test
                        void savesThroughMock() {
                            verify(gateway).send("x");
                        }
                        @Test
                        void onlyRuns() {
                            new Order().total(1);
                        }
                        @Test
                        void checksViaHelper() {
                            checkPrice(new Pricing().priceOf(1));
                        }
                    }
                    """),
            test("core/src/test/java/com/acme/Checks.java", """
                    package com.acme;
                    import static org.assertj.core.api.Assertions.assertThat;
                    final class Checks {
                        static void checkPrice(int price) {
                            assertThat(price).isPositive();
                        }
                    }
                    """),
            test("app/src/test/java/com/acme/app/LauncherIT.java", """
                    package com.acme.app;
                    import org.junit.jupiter.api.Test;
                    class LauncherIT {
                        @Test
                        void launches() {
                            new Launcher().launch(1);
                            assertTrue(true);
                        }
                    }
                    """));

    private static TestModel build() {
        return TestModel.build(new SourceFacts(FILES), path -> path.substring(0, path.indexOf('/')));
    }

    @Test
    void everyTestHasItsEffectiveOracleStatusInPathAndDeclarationOrder() {
        TestModel model = build();

        assertThat(model.tests())
                .extracting(test -> test.method().name(), TestModel.TestCase::status, TestModel.TestCase::module,
                        TestModel.TestCase::path)
                .containsExactly(
                        tuple("launches", TestModel.OracleStatus.REAL, "app", "app/src/test/java/com/acme/app/LauncherIT.java"),
                        tuple("totals", TestModel.OracleStatus.REAL, "core", "core/src/test/java/com/acme/OrderTest.java"),
                        tuple("savesThroughMock", TestModel.OracleStatus.MOCK_ONLY, "core", "core/src/test/java/com/acme/OrderTest.java"),
                        tuple("onlyRuns", TestModel.OracleStatus.NONE, "core", "core/src/test/java/com/acme/OrderTest.java"),
                        tuple("checksViaHelper", TestModel.OracleStatus.REAL, "core", "core/src/test/java/com/acme/OrderTest.java"));
        assertThat(model.helpers().asserting()).containsExactly("checkPrice");
    }

    @Test
    void aTestThatRunsAnInheritedTestWithOtherSettingsHasThatTestsOracle() {
        TestModel model = TestModel.build(new SourceFacts(List.of(
                production("core/src/main/java/com/acme/Order.java", classWithLogic("com.acme", "Order", "total")),
                test("core/src/test/java/com/acme/AbstractOrderContractTest.java", """
                        package com.acme;
                        import org.junit.jupiter.api.Test;
                        abstract class AbstractOrderContractTest {
                            @Test
                            void totalsAreNeverNegative() {
                                assertTrue(new Order().total(0) >= 0);
                            }
                        }
                        """),
                test("core/src/test/java/com/acme/LegacyOrderTest.java", """
                        package com.acme;
                        import org.junit.jupiter.api.Test;
                        class LegacyOrderTest extends AbstractOrderContractTest {
                            @Test
                            void totalsWithTheLegacyRounding() {
                                System.setProperty("rounding", "legacy");
                                super.totalsAreNeverNegative();
                            }
                            @Test
                            void onlyRuns() {
                                new Order().total(1);
                            }
                            @Test
                            void callsAMethodNamedLikeATestOnAnotherObject() {
                                new Order().totalsAreNeverNegative();
                            }
                            @Test
                            void callsAHelperWithArgumentsNamedLikeATest() {
                                totalsAreNeverNegative(3);
                            }
                            private void totalsAreNeverNegative(int amount) {
                                new Order().total(amount);
                            }
                        }
                        """))), path -> "core");

        assertThat(model.tests()).extracting(test -> test.method().name(), TestModel.TestCase::status).containsExactly(
                tuple("totalsAreNeverNegative", TestModel.OracleStatus.REAL),
                tuple("totalsWithTheLegacyRounding", TestModel.OracleStatus.REAL),
                tuple("onlyRuns", TestModel.OracleStatus.NONE),
                tuple("callsAMethodNamedLikeATestOnAnotherObject", TestModel.OracleStatus.NONE),
                tuple("callsAHelperWithArgumentsNamedLikeATest", TestModel.OracleStatus.NONE));
    }

    @Test
    void theFixtureClassesATestRunsAreNoTestsOfTheSuite() {
        TestModel model = TestModel.build(new SourceFacts(List.of(test("core/src/test/java/com/acme/RunnerTest.java", """
                package com.acme;
                import org.junit.Test;
                import org.junit.runner.JUnitCore;
                public class RunnerTest {
                    @Test
                    public void reportsTheFailingFixture() {
                        assertEquals(1, JUnitCore.runClasses(FailingFixture.class).getFailureCount());
                    }
                    public static class FailingFixture {
                        @Test
                        public void fails() {
                            throw new IllegalStateException("on purpose");
                        }
                    }
                }
                """))), path -> "core");

        assertThat(model.tests()).extracting(test -> test.method().name()).containsExactly("reportsTheFailingFixture");
    }

    @Test
    void eachTestExercisesItsClassNamesakeAndWhatItReferencesAndCalls() {
        TestModel model = build();

        assertThat(model.tests()).extracting(test -> test.method().name(), TestModel.TestCase::exercisedClasses)
                .containsExactly(
                        tuple("launches", Set.of("com.acme.app.Launcher")),
                        tuple("totals", Set.of("com.acme.Order")),
                        tuple("savesThroughMock", Set.of("com.acme.Order", "com.acme.Gateway")),
                        tuple("onlyRuns", Set.of("com.acme.Order")),
                        tuple("checksViaHelper", Set.of("com.acme.Order", "com.acme.Pricing")));
    }

    @Test
    void classesAreTestedByNameReferenceOrUniquelyDeclaredCalledMethod() {
        TestModel model = build();

        assertThat(model.testedClasses()).containsExactlyInAnyOrder("com.acme.Order", "com.acme.Pricing",
                "com.acme.Gateway", "com.acme.app.Launcher");
        assertThat(model.isTested("com.acme.Pricing")).isTrue();
        assertThat(model.isTested("com.acme.Inventory")).isFalse();
    }

    @Test
    void classesWithLogicLeaveInterfacesOut() {
        TestModel model = build();

        assertThat(model.classesWithLogic())
                .extracting(type -> type.type().qualifiedName(), TestModel.ProductionClass::module)
                .containsExactly(tuple("com.acme.app.Launcher", "app"), tuple("com.acme.Inventory", "core"),
                        tuple("com.acme.Order", "core"), tuple("com.acme.Pricing", "core"));
        assertThat(model.classesWithLogic()).extracting(TestModel.ProductionClass::type).extracting(TypeInfo::kind)
                .containsOnly(TypeInfo.Kind.CLASS);
    }

    @Test
    void overallMetricsCountSizesClassesOraclesAndPyramid() {
        ModuleTestMetrics overall = build().metrics().overall();

        assertThat(overall).isEqualTo(new ModuleTestMetrics("", 32, 36, 4, 3, 5, 3, 1, 1, 4, 1, 0));
        assertThat(overall.testedClassShare()).isEqualTo(0.75);
        assertThat(overall.smellsPer100Tests()).isEqualTo(40.0);
    }

    @Test
    void metricsPerModuleInModuleOrder() {
        assertThat(build().metrics().modules()).containsExactly(
                new ModuleTestMetrics("app", 7, 9, 1, 1, 1, 1, 0, 0, 0, 1, 0),
                new ModuleTestMetrics("core", 25, 27, 3, 2, 4, 2, 1, 1, 4, 0, 0));
    }

    @Test
    void modelWithoutTestsTestsNothing() {
        TestModel model = TestModel.build(new SourceFacts(FILES.subList(0, 5)), path -> "");

        assertThat(model.tests()).isEmpty();
        assertThat(model.testedClasses()).isEmpty();
        assertThat(model.metrics().overall()).isEqualTo(new ModuleTestMetrics("", 32, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0));
    }
}
