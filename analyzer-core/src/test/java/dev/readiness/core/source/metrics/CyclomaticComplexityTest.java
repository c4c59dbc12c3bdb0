package dev.readiness.core.source.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import org.junit.jupiter.api.Test;

/** McCabe counts worked out by hand: 1 plus one per decision; comments show each +1. */
class CyclomaticComplexityTest {

    private static final JavaParser PARSER = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    private static int complexity(String member) {
        CompilationUnit unit = PARSER.parse("abstract class Sample {\n" + member + "\n}").getResult().orElseThrow();
        return CyclomaticComplexity.of((CallableDeclaration<?>) unit.getType(0).getMember(0));
    }

    @Test
    void straightLineMethodAndMethodWithoutBodyAreOne() {
        assertThat(complexity("int f(int a) { int b = a + 1; return b * 2; }")).isEqualTo(1);
        assertThat(complexity("abstract int f(int a);")).isEqualTo(1);
    }

    @Test
    void ifAndEachElseIfCountButElseDoesNot() {
        assertThat(complexity("""
                int grade(int points) {
                  if (points > 90) {            // +1
                    return 1;
                  } else if (points > 70) {     // +1
                    return 2;
                  } else {                      // +0
                    return 3;
                  }
                }""")).isEqualTo(3);
    }

    @Test
    void everyAndAndOrCountsButOtherOperatorsDoNot() {
        assertThat(complexity("""
                boolean f(boolean a, boolean b, boolean c, int x) {
                  return a && b || c && !a      // +3 (&&, ||, &&)
                      | x > 1 & x != 2 ^ b;     // +0 (non-short-circuit operators)
                }""")).isEqualTo(4);
    }

    @Test
    void ternaryCountsOncePerConditional() {
        assertThat(complexity("int f(int x) { return x > 0 ? (x > 9 ? 2 : 1) : 0; }  // +2")).isEqualTo(3);
    }

    @Test
    void everyKindOfLoopCounts() {
        assertThat(complexity("""
                void f(int[] xs, int n) {
                  for (int i = 0; i < n; i++) { }   // +1
                  for (int x : xs) { }              // +1
                  while (n > 0) { n--; }            // +1
                  do { n++; } while (n < 3);        // +1
                }""")).isEqualTo(5);
    }

    @Test
    void eachCaseEntryCountsDefaultDoesNotAndACaseWithTwoLabelsCountsOnce() {
        assertThat(complexity("""
                String f(int x) {
                  switch (x) {
                    case 1: return "one";           // +1
                    case 2: return "two";           // +1
                    default: return "many";         // +0
                  }
                }""")).isEqualTo(3);
        assertThat(complexity("""
                String f(int x) {
                  return switch (x) {
                    case 1, 2 -> "few";             // +1 (one entry)
                    case 3 -> "three";              // +1
                    default -> "many";              // +0
                  };
                }""")).isEqualTo(3);
    }

    @Test
    void eachCatchCountsTryAndFinallyDoNot() {
        assertThat(complexity("""
                void f() {
                  try {                                     // +0
                    run();
                  } catch (IllegalStateException e) {       // +1
                    retry();
                  } catch (RuntimeException e) {            // +1
                    fail();
                  } finally {                               // +0
                    close();
                  }
                }""")).isEqualTo(3);
    }

    @Test
    void lambdasAndAnonymousClassesCountTowardTheEnclosingMethod() {
        assertThat(complexity("""
                Runnable f(java.util.List<Integer> xs) {
                  xs.forEach(x -> { if (x > 0) { } });      // +1
                  return new Runnable() {
                    public void run() {
                      while (xs.isEmpty()) { }              // +1
                    }
                  };
                }""")).isEqualTo(3);
    }

    @Test
    void constructorsAreMeasuredToo() {
        assertThat(complexity("Sample(int x) { if (x < 0 || x > 9) { throw new IllegalArgumentException(); } }"))
                .as("1 + if + ||").isEqualTo(3);
    }
}
