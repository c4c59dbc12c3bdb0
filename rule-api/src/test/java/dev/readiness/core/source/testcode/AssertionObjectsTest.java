package dev.readiness.core.source.testcode;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import org.junit.jupiter.api.Test;

class AssertionObjectsTest {

    private static final MethodDeclaration TEST = StaticJavaParser.parse("""
            class ShelfTest {
                @Rule ErrorCollector errors = new ErrorCollector();
                private ListAssert<String> emptyShelf;
                private final List<String> titles = new ArrayList<>();

                @Test
                void checks(BDDSoftAssertions softly) {
                    IterableAssert<String> shelved = emptyShelf.asList();
                    var sized = assertThat(titles);
                    emptyShelf.isEmpty();
                    shelved.contains("Emma");
                    sized.hasSize(1);
                    softly.then(titles).isEmpty();
                    errors.addError(new IllegalStateException());
                    new NullPointerTester().testAllPublicInstanceMethods(titles);
                    EqualsTester equality = new EqualsTester();
                    equality.addEqualityGroup("Emma");
                    equality.testEquals();
                    titles.add("Emma");
                    new ArrayList<String>().add("Kim");
                    helper().isEmpty();
                    InOrder inOrder = inOrder(titles);
                    inOrder.verify(titles).add("Emma");
                    shelfAssert().contains("Emma");
                }
                private ListAssert<String> shelfAssert() {
                    return emptyShelf;
                }
            }
            """).findFirst(MethodDeclaration.class).orElseThrow();

    private static MethodCallExpr call(String name) {
        return TEST.findFirst(MethodCallExpr.class, call -> call.getNameAsString().equals(name)).orElseThrow();
    }

    @Test
    void callsOnVariablesOfCheckingTypesOrInitialisedByAnOracleAreChecks() {
        AssertionObjects objects = AssertionObjects.around(TEST);

        assertThat(TEST.findAll(MethodCallExpr.class, objects::isCallOn)).extracting(MethodCallExpr::toString)
                .containsExactly("emptyShelf.asList()", "emptyShelf.isEmpty()", "shelved.contains(\"Emma\")",
                        "sized.hasSize(1)", "softly.then(titles).isEmpty()", "softly.then(titles)",
                        "errors.addError(new IllegalStateException())",
                        "new NullPointerTester().testAllPublicInstanceMethods(titles)", "equality.testEquals()",
                        "shelfAssert().contains(\"Emma\")");
    }

    @Test
    void aCheckOnACheckingObjectIsAnOracleOnlyWhenTheObjectsAreKnown() {
        assertThat(Oracles.isOracle(call("addError"), AssertionObjects.around(TEST))).isTrue();
        assertThat(Oracles.isOracle(call("addError"))).isFalse();
        assertThat(Oracles.isOracle(call("add"), AssertionObjects.around(TEST))).isFalse();
    }
}
