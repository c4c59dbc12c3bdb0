package dev.readiness.core.source.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import org.junit.jupiter.api.Test;

/** Which branch conditions join two or more clauses with && or ||, counted by hand. */
class ComplexConditionalsTest {

    private static final JavaParser PARSER = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    private static int complex(String method) {
        CompilationUnit unit = PARSER.parse("class Sample {" + method + "\n}").getResult().orElseThrow();
        return ComplexConditionals.of(CodeUnit.of((CallableDeclaration<?>) unit.getType(0).getMember(0)));
    }

    @Test
    void everyKindOfBranchConditionWithTwoLogicalOperatorsCounts() {
        assertThat(complex("""
                int f(int a, int b, boolean c) {
                  if (a > 0 && b > 0 || c) { return 1; }
                  while (a > 0 && b > 0 && !c) { a--; }
                  do { b--; } while (b > 0 || a > 0 || c);
                  for (int i = 0; i < a && i < b && c; i++) { }
                  return (a == 1 || a == 2) && c ? 1 : 0;
                }""")).isEqualTo(5);
    }

    @Test
    void oneOperatorAnOperatorOutsideABranchAndBitwiseOperatorsDoNot() {
        assertThat(complex("""
                boolean f(int a, int b, boolean c) {
                  if (a > 0 && b > 0) { return true; }
                  boolean all = a > 0 && b > 0 && c;
                  if ((a & b) != 0 | c & all) { return false; }
                  return a > 0 || b > 0 || c;
                }""")).isZero();
    }

    @Test
    void aLambdaOrAnAnonymousClassInsideIsMeasuredByItselfNotByTheMethodHoldingIt() {
        assertThat(complex("""
                Runnable f(int a, int b, boolean c) {
                  java.util.function.IntPredicate p = x -> x > a && x < b || c;
                  Runnable r = new Runnable() {
                    public void run() { if (a > 0 && b > 0 && c) { } }
                  };
                  if (java.util.stream.IntStream.of(a).anyMatch(x -> x > 0 && x < b) || c) { return r; }
                  return null;
                }""")).isZero();
    }

    @Test
    void nestedConditionsCountOnceEach() {
        assertThat(complex("""
                int f(int a, int b, boolean c) {
                  if (a > 0 && b > 0 && c) {
                    if (a > b || a < -b || !c) { return 2; }
                  }
                  return 0;
                }""")).isEqualTo(2);
    }
}
