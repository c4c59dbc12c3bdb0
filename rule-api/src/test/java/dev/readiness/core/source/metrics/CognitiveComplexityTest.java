package dev.readiness.core.source.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import org.junit.jupiter.api.Test;

/** Scores worked out by hand from Campbell's white paper (v1.5); comments show each increment. */
class CognitiveComplexityTest {

    private static final JavaParser PARSER = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    private static CognitiveComplexity.Result score(String members) {
        CompilationUnit unit = PARSER.parse("class Sample {\n" + members + "\n}").getResult().orElseThrow();
        CallableDeclaration<?> first = unit.getType(0).getMembers().stream()
                .filter(CallableDeclaration.class::isInstance)
                .map(member -> (CallableDeclaration<?>) member)
                .findFirst().orElseThrow();
        return CognitiveComplexity.of(first);
    }

    @Test
    void whitePaperSumOfPrimesIs7() {
        assertThat(score("""
                int sumOfPrimes(int max) {
                  int total = 0;
                  OUT: for (int i = 1; i <= max; ++i) {  // +1
                    for (int j = 2; j < i; ++j) {         // +2 (nesting 1)
                      if (i % j == 0) {                   // +3 (nesting 2)
                        continue OUT;                     // +1
                      }
                    }
                    total += i;
                  }
                  return total;
                }""").total()).isEqualTo(7);
    }

    @Test
    void whitePaperGetWordsIs1() {
        assertThat(score("""
                String getWords(int number) {
                  switch (number) {            // +1
                    case 1: return "one";
                    case 2: return "a couple";
                    case 3: return "a few";
                    default: return "lots";
                  }
                }""").total()).isEqualTo(1);
    }

    @Test
    void whitePaperNestedTryCatchExampleIs9() {
        assertThat(score("""
                void myMethod() {
                  try {
                    if (condition1) {                       // +1
                      for (int i = 0; i < 10; i++) {        // +2 (nesting 1)
                        while (condition2) { step(); }      // +3 (nesting 2)
                      }
                    }
                  } catch (IllegalStateException | IllegalArgumentException e) { // +1
                    if (condition2) { step(); }             // +2 (nesting 1)
                  }
                }""").total()).isEqualTo(9);
    }

    @Test
    void whitePaperLambdaRaisesNestingButAddsNothing() {
        assertThat(score("""
                void myMethod2() {
                  Runnable r = () -> {       // +0, nesting 1
                    if (condition1) { }      // +2 (nesting 1)
                  };
                }""").total()).isEqualTo(2);
    }

    @Test
    void elseIfAndElseAddOneWithoutNestingPenalty() {
        assertThat(score("""
                int grade(int points) {
                  if (points > 90) {          // +1
                    return 1;
                  } else if (points > 70) {   // +1
                    return 2;
                  } else if (points > 50) {   // +1
                    return 3;
                  } else {                    // +1
                    return 4;
                  }
                }""").total()).isEqualTo(4);
    }

    @Test
    void elseIfInsideALoopPaysNoNestingButItsBodyDoes() {
        assertThat(score("""
                void f(int[] xs) {
                  for (int x : xs) {          // +1
                    if (x > 0) {              // +2 (nesting 1)
                      a();
                    } else if (x < 0) {       // +1
                      if (x < -10) { b(); }   // +3 (nesting 2)
                    } else {                  // +1
                      c();
                    }
                  }
                }""").total()).isEqualTo(8);
    }

    @Test
    void likeBooleanOperatorsFormOneSequence() {
        assertThat(score("boolean f(boolean a, boolean b, boolean c) { return a && b && c; }").total())
                .isEqualTo(1);
        assertThat(score("boolean f(boolean a, boolean b, boolean c) { return a || b || c; }").total())
                .isEqualTo(1);
    }

    @Test
    void eachChangeOfOperatorStartsANewSequence() {
        assertThat(score("boolean f(boolean a, boolean b, boolean c) { return a && b || c; }").total())
                .isEqualTo(2);
        // white paper: if (a && b && c || d || e && f) -> +1 if, +3 operators
        assertThat(score("""
                void f(boolean a, boolean b, boolean c, boolean d, boolean e, boolean g) {
                  if (a && b && c || d || e && g) { }
                }""").total()).isEqualTo(4);
    }

    @Test
    void negatedOrParenthesisedGroupStartsANewSequence() {
        // && +1, inner && +1
        assertThat(score("boolean f(boolean a, boolean b, boolean c) { return a && !(b && c); }").total())
                .isEqualTo(2);
        assertThat(score("boolean f(boolean a, boolean b, boolean c) { return a && (b || c); }").total())
                .isEqualTo(2);
        // a negated single operand is not a group
        assertThat(score("boolean f(boolean a, boolean b, boolean c) { return a && !b && c; }").total())
                .isEqualTo(1);
    }

    @Test
    void ternaryCountsWithNestingAndNestsItsOperands() {
        assertThat(score("""
                int f(int x) {
                  if (x > 0) {                         // +1
                    return x > 10 ? (x > 100 ? 3 : 2) : 1;  // +2 (nesting 1), inner +3 (nesting 2)
                  }
                  return 0;
                }""").total()).isEqualTo(6);
    }

    @Test
    void switchExpressionCountsLikeSwitch() {
        assertThat(score("""
                String f(int x, boolean flag) {
                  if (flag) {                           // +1
                    return switch (x) {                 // +2 (nesting 1)
                      case 1 -> "one";
                      case 2 -> { yield x > 0 ? "a" : "b"; }  // +3 (nesting 2)
                      default -> "many";
                    };
                  }
                  return "";
                }""").total()).isEqualTo(6);
    }

    @Test
    void whileAndDoLoopsCountWithNesting() {
        assertThat(score("""
                void f() {
                  while (more()) {            // +1
                    do {                      // +2 (nesting 1)
                      step();
                    } while (busy());
                  }
                }""").total()).isEqualTo(3);
    }

    @Test
    void tryAndFinallyAreFreeButCatchCountsWithNesting() {
        assertThat(score("""
                void f() {
                  for (int i = 0; i < 3; i++) {       // +1
                    try {
                      step();
                    } catch (RuntimeException e) {    // +2 (nesting 1)
                      retry();
                    } finally {
                      close();
                    }
                  }
                }""").total()).isEqualTo(3);
    }

    @Test
    void labelledJumpsCostOnePlainJumpsAreFree() {
        assertThat(score("""
                void f(int[][] grid) {
                  outer:
                  for (int[] row : grid) {       // +1
                    for (int cell : row) {       // +2 (nesting 1)
                      if (cell < 0) break outer; // +3 (nesting 2), +1 labelled break
                      if (cell == 0) continue;   // +3 (nesting 2)
                      if (cell > 9) break;       // +3 (nesting 2)
                    }
                  }
                }""").total()).isEqualTo(13);
    }

    @Test
    void directRecursionAddsOneOncePerMethod() {
        assertThat(score("""
                int fact(int n) {
                  if (n <= 1) {            // +1
                    return 1;
                  }
                  return n * fact(n - 1) + 0 * this.fact(n - 2);  // +1 recursion (once)
                }""").total()).isEqualTo(2);
    }

    @Test
    void overloadWithDifferentArityIsNotRecursion() {
        assertThat(score("""
                int size(String text) {
                  return size(text, 0);
                }""").total()).isZero();
    }

    @Test
    void anonymousClassMethodsCountTowardEnclosingMethodOneLevelDeeper() {
        assertThat(score("""
                Runnable f(boolean flag) {
                  return new Runnable() {
                    @Override
                    public void run() {
                      if (flag) {           // +2 (nesting 1: inside the anonymous class)
                        run();              // not recursion of f
                      }
                    }
                  };
                }""").total()).isEqualTo(2);
    }

    @Test
    void localClassAndNestedLambdasRaiseNesting() {
        assertThat(score("""
                void f(java.util.List<java.util.List<Integer>> lists) {
                  class Local {
                    void g(int x) {
                      if (x > 0) { }          // +2 (nesting 1)
                    }
                  }
                  lists.forEach(list -> list.forEach(x -> {
                    if (x > 0) { }            // +3 (nesting 2)
                  }));
                }""").total()).isEqualTo(5);
    }

    @Test
    void constructorsAreMeasuredAndMethodCallsAreFree() {
        assertThat(score("""
                Sample(int x) {
                  init();
                  configure(x);
                  if (x > 0) { init(); }      // +1
                }""").total()).isEqualTo(1);
    }

    @Test
    void abstractMethodScoresZero() {
        assertThat(score("abstract void f();").total()).isZero();
    }

    @Test
    void largestIncrementIsTheDeepestStructure() {
        CognitiveComplexity.Result result = score("""
                void f(int[] xs) {
                  if (xs != null) {              // +1   line 3
                    for (int x : xs) {           // +2   line 4
                      while (x > 0) { x--; }     // +3   line 5
                    }
                  }
                }""");
        assertThat(result.total()).isEqualTo(6);
        assertThat(result.largest()).hasValueSatisfying(increment -> {
            assertThat(increment.line()).isEqualTo(5);
            assertThat(increment.construct()).isEqualTo("while");
            assertThat(increment.amount()).isEqualTo(3);
        });
        assertThat(result.increments()).extracting(CognitiveComplexity.Increment::amount).containsExactly(1, 2, 3);
    }
}
