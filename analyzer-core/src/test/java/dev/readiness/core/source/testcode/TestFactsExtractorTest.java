package dev.readiness.core.source.testcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.javaparser.StaticJavaParser;
import dev.readiness.core.source.Symbols;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestFactsExtractorTest {

    private static final String ORDER_TEST = """
            package com.acme;

            import static org.assertj.core.api.Assertions.assertThat;
            import static org.mockito.Mockito.verify;

            import java.util.*;
            import org.junit.jupiter.api.Nested;
            import org.junit.jupiter.api.Test;

            class OrderTest {

                private final Repository repository = mock(Repository.class);

                @Test
                void totals() {
                    Order order = new Order(2);
                    assertThat(order.total()).isEqualTo(2);
                    assertEquals(2, order.total());
                }

                @Test
                void saves() {
                    new OrderService(repository).save();
                    verify(repository).store(any());
                }

                @Test
                @Disabled("slow")
                void checksThroughHelper() {
                    checkTotal(Pricing.of(3));
                }

                @Test(expected = IllegalStateException.class)
                void rejectsClosed() {
                    Files.writeString(path, "x");
                }

                private void checkTotal(int total) {
                    assertThat(total).isPositive();
                }

                @Nested
                class WhenEmpty {
                    @Test
                    void hasNoLines() {
                        Cart cart = new Cart();
                        cart.clear();
                    }
                }
            }

            abstract class Fixtures {
                static Order order() {
                    return new Order(1);
                }

                abstract Order template();
            }
            """;

    private static TestFacts extract(String source, String fileName) {
        return TestFactsExtractor.extract(StaticJavaParser.parse(source), fileName, Symbols::enclosingSymbol);
    }

    @Test
    void everyClassOfTestCodeIsListedNestedOnesAndSupportClassesIncluded() {
        TestFacts facts = extract(ORDER_TEST, "OrderTest.java");

        assertThat(facts.classes())
                .extracting(TestClassFacts::qualifiedName, TestClassFacts::simpleName, TestClassFacts::line,
                        TestClassFacts::kind)
                .containsExactly(tuple("com.acme.OrderTest", "OrderTest", 10, TestKind.UNIT),
                        tuple("com.acme.OrderTest.WhenEmpty", "WhenEmpty", 43, TestKind.UNIT),
                        tuple("com.acme.Fixtures", "Fixtures", 52, TestKind.UNIT));
        assertThat(facts.classes().get(2).tests()).as("a support class has no tests").isEmpty();
        assertThat(facts.testCount()).isEqualTo(5);
    }

    @Test
    void testsKeepNameSymbolPositionFrameworkAndDisabling() {
        TestClassFacts orderTest = extract(ORDER_TEST, "OrderTest.java").classes().get(0);

        assertThat(orderTest.tests())
                .extracting(TestMethodFacts::name, TestMethodFacts::symbol, TestMethodFacts::line,
                        TestMethodFacts::column, TestMethodFacts::disabled, TestMethodFacts::disabledReason)
                .containsExactly(tuple("totals", "com.acme.OrderTest#totals()", 15, 10, false, null),
                        tuple("saves", "com.acme.OrderTest#saves()", 22, 10, false, null),
                        tuple("checksThroughHelper", "com.acme.OrderTest#checksThroughHelper()", 29, 10, true, "slow"),
                        tuple("rejectsClosed", "com.acme.OrderTest#rejectsClosed()", 34, 10, false, null));
        assertThat(orderTest.tests()).extracting(TestMethodFacts::framework).containsOnly(TestFramework.JUNIT5);
    }

    @Test
    void verifyingThatAWrapperForwardsTheCallItGotChecksItsOutcome() {
        // rewritten from DBCP's delegating statement tests: the wrapper's job is to forward, and verify checks that
        TestFacts facts = extract("""
                import static org.mockito.Mockito.*;
                import org.junit.jupiter.api.Test;
                class DelegatingStatementTest {
                    Statement mocked = mock(Statement.class);
                    DelegatingStatement delegating = new DelegatingStatement(mocked);
                    Service service = new Service(mocked);
                    @Test void forwardsCancel() throws Exception {
                        delegating.cancel();
                        verify(mocked, times(1)).cancel();
                    }
                    @Test void processingSaves() throws Exception {
                        service.process();
                        verify(mocked).cancel();
                    }
                    @Test void callingTheMockItself() throws Exception {
                        mocked.cancel();
                        verify(mocked).cancel();
                    }
                }
                """, "DelegatingStatementTest.java");

        assertThat(facts.classes().get(0).tests()).extracting(test -> test.oracles().mockVerifications())
                .containsExactly(0, 1, 1);
    }

    @Test
    void oraclesAreCountedPerTest() {
        TestClassFacts orderTest = extract(ORDER_TEST, "OrderTest.java").classes().get(0);

        assertThat(orderTest.tests()).extracting(TestMethodFacts::oracles).containsExactly(
                new OracleCalls(2, 0, 1, false),
                new OracleCalls(1, 1, 0, false),
                OracleCalls.NONE,
                new OracleCalls(0, 0, 0, true));
    }

    @Test
    void calledMethodsAndReferencedTypesArePerTestSortedAndDistinct() {
        TestClassFacts orderTest = extract(ORDER_TEST, "OrderTest.java").classes().get(0);

        assertThat(orderTest.tests())
                .extracting(TestMethodFacts::calledMethods, TestMethodFacts::referencedTypes)
                .containsExactly(
                        tuple(List.of("assertEquals", "assertThat", "isEqualTo", "total"), List.of("Order")),
                        tuple(List.of("any", "save", "store", "verify"), List.of("OrderService")),
                        tuple(List.of("checkTotal", "of"), List.of("Pricing")),
                        tuple(List.of("writeString"), List.of("Files", "IllegalStateException")));
    }

    @Test
    void classReferencesIncludeImportsAndNestedCodeButNotTheClassItself() {
        TestFacts facts = extract(ORDER_TEST, "OrderTest.java");

        assertThat(facts.classes()).extracting(TestClassFacts::referencedTypes).startsWith(
                List.of("Assertions", "Cart", "Files", "IllegalStateException", "Mockito", "Nested", "Order",
                        "OrderService", "Pricing", "Repository", "Test"),
                List.of("Assertions", "Cart", "Mockito", "Nested", "Test"));
    }

    @Test
    void classCallsIncludeFieldInitialisersHelpersAndNestedClasses() {
        TestClassFacts orderTest = extract(ORDER_TEST, "OrderTest.java").classes().get(0);

        assertThat(orderTest.calledMethods()).containsExactly("any", "assertEquals", "assertThat", "checkTotal",
                "clear", "isEqualTo", "isPositive", "mock", "of", "save", "store", "total", "verify", "writeString");
    }

    @Test
    void helpersAreMethodsWithBodiesThatAreNotTests() {
        TestFacts facts = extract(ORDER_TEST, "OrderTest.java");

        assertThat(facts.helpers())
                .extracting(HelperFacts::name, HelperFacts::oracles, HelperFacts::calledMethods)
                .containsExactly(
                        tuple("checkTotal", new OracleCalls(1, 0, 0, false), List.of("assertThat", "isPositive")),
                        tuple("order", OracleCalls.NONE, List.of()));
    }

    @Test
    void realIoRaisesOnlyThatTestToIntegration() {
        TestClassFacts orderTest = extract(ORDER_TEST, "OrderTest.java").classes().get(0);

        assertThat(orderTest.tests()).extracting(TestMethodFacts::kind)
                .containsExactly(TestKind.UNIT, TestKind.UNIT, TestKind.UNIT, TestKind.INTEGRATION);
    }

    @Test
    void integrationFileNameMakesEveryTestIntegration() {
        TestFacts facts = extract(ORDER_TEST, "OrderIT.java");

        assertThat(facts.classes()).extracting(TestClassFacts::kind).containsOnly(TestKind.INTEGRATION);
        assertThat(facts.classes()).flatExtracting(TestClassFacts::tests).extracting(TestMethodFacts::kind)
                .containsOnly(TestKind.INTEGRATION);
    }

    @Test
    void testNgAndJunit4FrameworksAreRecorded() {
        TestFacts facts = extract("""
                import org.testng.annotations.Test;
                public class LegacyTest {
                    @Test(enabled = false, description = "needs staging") public void later() { }
                    @org.junit.Test public void old() { }
                }
                """, "LegacyTest.java");

        assertThat(facts.classes()).singleElement().extracting(TestClassFacts::qualifiedName).isEqualTo("LegacyTest");
        assertThat(facts.classes().get(0).tests())
                .extracting(TestMethodFacts::framework, TestMethodFacts::disabled, TestMethodFacts::disabledReason)
                .containsExactly(tuple(TestFramework.TESTNG, true, "needs staging"), tuple(TestFramework.JUNIT4, false, null));
    }

    @Test
    void fileWithoutTestsHasOnlyHelpers() {
        TestFacts facts = extract("""
                package com.acme;
                class Checks {
                    static void checkPrice(int price) { assertThat(price).isPositive(); }
                    interface Probe { void probe(); }
                }
                """, "Checks.java");

        assertThat(facts.classes()).extracting(TestClassFacts::simpleName).containsExactly("Checks", "Probe");
        assertThat(facts.classes()).allSatisfy(type -> assertThat(type.tests()).isEmpty());
        assertThat(facts.helpers()).extracting(HelperFacts::name).containsExactly("checkPrice");
        assertThat(facts.testCount()).isZero();
    }

    @Test
    void referencesToOwnMethodsAreCallsAndReferencesToChecksAreChecks() {
        TestFacts facts = extract("""
                import org.junit.jupiter.api.Test;
                class OrderEventsTest {
                    @Test void everyEventIsValid() { events().forEach(OrderEventsTest::checkEvent); }
                    @Test void noEventIsNull() { events().forEach(Assertions::assertNotNull); }
                    @Test void printsThem() { events().forEach(System.out::println); }
                    @Test void runsThem() { events().forEach(Runnable::run); }
                    private static void checkEvent(Object event) { assertNotNull(event); }
                    private Thread listener() { return new Thread(this::checkEvent); }
                }
                """, "OrderEventsTest.java");

        assertThat(facts.classes().get(0).tests())
                .extracting(TestMethodFacts::name, test -> test.oracles().total(), TestMethodFacts::calledMethods)
                .containsExactly(tuple("everyEventIsValid", 0, List.of("checkEvent", "events", "forEach")),
                        tuple("noEventIsNull", 1, List.of("events", "forEach")),
                        tuple("printsThem", 0, List.of("events", "forEach")),
                        tuple("runsThem", 0, List.of("events", "forEach")));
        // a helper's own references are callbacks and thread bodies, not checks the test runs
        assertThat(facts.helpers()).extracting(HelperFacts::name, HelperFacts::calledMethods)
                .contains(tuple("listener", List.of()));
    }
}
