package dev.readiness.core.source.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import org.junit.jupiter.api.Test;

/** Depths worked out by hand; comments give each structure's level. */
class NestingDepthTest {

    private static final JavaParser PARSER = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    private static NestingDepth.Result depth(String method) {
        CompilationUnit unit = PARSER.parse("class Sample {" + method + "\n}").getResult().orElseThrow();
        return NestingDepth.of((CallableDeclaration<?>) unit.getType(0).getMember(0));
    }

    @Test
    void flatMethodHasDepthZero() {
        assertThat(depth("int f(int a) { return a + 1; }")).isEqualTo(new NestingDepth.Result(0, 0));
    }

    @Test
    void elseIfChainIsOneLevel() {
        assertThat(depth("""
                int f(int a) {
                  if (a > 0) { return 1; }         // 1
                  else if (a < 0) { return 2; }    // 1
                  else if (a == 5) {               // 1
                    while (a > 1) { a--; }         // 2 (line 5)
                  }
                  return 0;
                }""")).isEqualTo(new NestingDepth.Result(2, 5));
    }

    @Test
    void elseBlockAndCatchAddOneBelowTheirStructure() {
        assertThat(depth("""
                void f(int a) {
                  if (a > 0) { a++; } else {       // 1
                    try {
                      a++;
                    } catch (RuntimeException e) { // 2 (line 5)
                      a--;
                    }
                  }
                }""")).isEqualTo(new NestingDepth.Result(2, 5));
    }

    @Test
    void tryFinallyAndSynchronizedWrappersAddNoLevel() {
        assertThat(depth("""
                void f(int a) {
                  try {
                    synchronized (this) {
                      try (java.io.StringReader r = new java.io.StringReader("")) {
                        if (a > 0) {               // 1 (line 5)
                          a++;
                        }
                      } finally {
                        a--;
                      }
                    }
                  } finally {
                    a = 0;
                  }
                }""")).isEqualTo(new NestingDepth.Result(1, 5));
    }

    @Test
    void lambdasAnonymousAndLocalClassesAddALevel() {
        assertThat(depth("""
                void f(java.util.List<String> list) {
                  list.forEach(s -> {                      // 1
                    Runnable r = new Runnable() {          // 2
                      public void run() {
                        class Local {                      // 3
                          void g() { do { } while (true); } // 4 (line 6)
                        }
                      }
                    };
                  });
                }""")).isEqualTo(new NestingDepth.Result(4, 6));
    }

    @Test
    void firstStructureAtTheDeepestLevelIsNamed() {
        assertThat(depth("""
                void f(int a) {
                  for (;;) { switch (a) { default: a++; } } // 2 (line 2)
                  for (;;) { while (a > 0) { a--; } }       // 2, not deeper
                }""")).isEqualTo(new NestingDepth.Result(2, 2));
    }
}
