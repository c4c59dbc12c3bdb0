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
                }
            }

            interface Api {
                void declared();
                default void defaulted() { }
            }
            """);

    @Test
    void outermostWithBodySkipsMethodsWithoutBodyAndThoseInsideAnotherMethodInSourceOrder() {
        assertThat(Callables.outermostWithBody(UNIT)).extracting(Callables::describe).containsExactly(
                "Method 'run'",            // anonymous class of a field initialiser: no method around it
                "Constructor 'Outer'",
                "Method 'withAnonymous'",  // its anonymous run() counts toward it, not separately
                "Method 'withLocal'",      // Local() and helper() likewise
                "Method 'inNested'",       // a member class is not inside a method
                "Method 'defaulted'");
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
