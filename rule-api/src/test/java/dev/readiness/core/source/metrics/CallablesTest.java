package dev.readiness.core.source.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import org.junit.jupiter.api.Test;

class CallablesTest {

    private static final JavaParser PARSER = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    private static CompilationUnit parse(String source) {
        return PARSER.parse(source).getResult().orElseThrow();
    }

    private static final CompilationUnit UNIT = parse("""
            abstract class Outer {
                private final Runnable field = new Runnable() {
                    public void run() { }
                };

                static final java.util.function.IntUnaryOperator TWICE = x -> x * 2;

                Outer() { }

                abstract void noBody();

                Runnable withAnonymous() {
                    return new Runnable() {
                        public void run() { }
                    };
                }

                void withLocal() {
                    class Local {
                        Local() { }
                        void helper() { }
                    }
                }

                static class Nested {
                    void inNested() { }
                    Runnable later() { return () -> inNested(); }
                }

                enum Step {
                    FIRST { int next(int at) { return at + 1; } },
                    LAST(() -> { }) { int next(int at) { return at; } };

                    Step() { }
                    Step(Runnable hook) { }
                    abstract int next(int at);
                }

                static { Runnable hook = () -> { }; }
            }

            interface Api {
                void declared();
                default void defaulted() { }
            }
            """);

    @Test
    void measuredUnitsAreTheOutermostMethodsConstructorsAndLambdasWithABodyInSourceOrder() {
        assertThat(Callables.measured(UNIT)).extracting(CodeUnit::describe).containsExactly(
                "Method 'field.run'",      // anonymous class of a field initialiser: no method around it
                "Lambda 'TWICE$lambda'",   // a field's lambda likewise
                "Constructor 'Outer'",
                "Method 'withAnonymous'",  // its anonymous run() counts toward it, not separately
                "Method 'withLocal'",      // Local() and helper() likewise
                "Method 'inNested'",       // a member class is not inside a method
                "Method 'later'",          // its lambda counts toward it
                "Method 'FIRST.next'",     // an enum constant's body is named after the constant
                "Lambda 'LAST$lambda'",
                "Method 'LAST.next'",
                "Constructor 'Step'",
                "Constructor 'Step'",
                "Lambda 'static$lambda'",  // an initialiser block is not measured, what it declares is
                "Method 'defaulted'");
    }

    @Test
    void aUnitKnowsItsOwnerTypeParametersAndTopLevelStatements() {
        CodeUnit firstNext = Callables.measured(UNIT).get(7);
        CodeUnit twice = Callables.measured(UNIT).get(1);

        assertThat(firstNext.owner()).hasValueSatisfying(owner -> assertThat(owner.getNameAsString()).isEqualTo("Step"));
        assertThat(firstNext.parameters()).extracting(parameter -> parameter.getNameAsString()).containsExactly("at");
        assertThat(firstNext.holder()).isEqualTo("FIRST");
        assertThat(twice.isLambda()).isTrue();
        assertThat(twice.block()).isEmpty();
        assertThat(twice.statements()).singleElement().hasToString("x * 2;");
        assertThat(twice.owner()).hasValueSatisfying(owner -> assertThat(owner.getNameAsString()).isEqualTo("Outer"));
    }

    @Test
    void codeAnnotatedGeneratedInAnyPackageIsNotMeasured() {
        CompilationUnit unit = parse("""
                class Mixed {
                    @javax.annotation.processing.Generated("tool") void written() { }
                    void byHand() { }
                    @lombok.Generated static class Nested { void inside() { } }
                    @Generated("tool") static final Runnable HOOK = () -> { };
                }
                """);

        assertThat(Callables.measured(unit)).extracting(CodeUnit::describe).containsExactly("Method 'byHand'");
        assertThat(Callables.isGenerated(unit.getType(0).getMember(0))).isTrue();
        assertThat(Callables.isGenerated(unit.getType(0))).isFalse();
    }

    @Test
    void aNumberedRunOfThreeOrMoreParametersOfOneTypeCountsOnceLikeVarargs() {
        CompilationUnit unit = parse("""
                interface Log {
                    void debug(String marker, String message, Object p0, Object p1, Object p2, Object p3);
                    void line(int x1, int y1, int x2, int y2, int width);
                    void range(int from1, int from2, String label);
                    void mixed(Object a1, String a2, Object a3, int b);
                    void gap(Object p0, Object p2, Object p3, Object p4);
                    void none();
                }
                """);

        assertThat(unit.getType(0).getMethods()).extracting(method -> Callables.countedParameters(method.getParameters()))
                .containsExactly(3, 5, 3, 4, 2, 0);
    }

    @Test
    void bodyOfAMethodAConstructorAndAnAbstractMethod() {
        CompilationUnit unit = parse("abstract class A { A() { int x = 1; } abstract void f(); void g() { } }");
        CallableDeclaration<?> constructor = (CallableDeclaration<?>) unit.getType(0).getMember(0);
        CallableDeclaration<?> abstractMethod = (CallableDeclaration<?>) unit.getType(0).getMember(1);
        CallableDeclaration<?> method = (CallableDeclaration<?>) unit.getType(0).getMember(2);

        assertThat(Callables.body(constructor)).hasValueSatisfying(body -> assertThat(body.getStatements()).hasSize(1));
        assertThat(Callables.body(abstractMethod)).isEmpty();
        assertThat(Callables.body(method)).hasValueSatisfying(body -> assertThat(body.isEmpty()).isTrue());
    }
}
