package dev.readiness.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import org.junit.jupiter.api.Test;

class CodeLinesTest {

    private static final String SOURCE = """
            package com.acme;            // 1

            /**                          // 3
             * Javadoc is not code.
             */
            class Till {                 // 6
                // a comment line

                int one() { return 1; }  // 9

                int none() { }           // 11

                int spread() {           // 13
                    int x = 1;

                    /* block comment */
                    return x; }          // 17

                int braces() {           // 19
                    return 2;
                }                        // 21
            }                            // 22
            """;

    private final CompilationUnit unit = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)).parse(SOURCE).getResult().orElseThrow();
    private final CodeLines lines = CodeLines.of(unit);

    @Test
    void countsLinesHoldingATokenOtherThanWhiteSpaceOrComments() {
        // package, class, one, none, spread's 3 code lines, braces' 3 lines, closing brace
        assertThat(lines.total()).isEqualTo(11);
    }

    @Test
    void countsANodesLinesWithinItsRange() {
        TypeDeclaration<?> till = unit.getType(0);

        assertThat(lines.within(till)).isEqualTo(10);
        assertThat(lines.within(method("spread"))).isEqualTo(3);
    }

    @Test
    void countsTheBracesLinesOfABlockOnlyWhenCodeInsideTheBlockSharesThem() {
        assertThat(lines.inside(method("one").getBody().orElseThrow())).isEqualTo(1);
        assertThat(lines.inside(method("none").getBody().orElseThrow())).isZero();
        assertThat(lines.inside(method("spread").getBody().orElseThrow())).isEqualTo(2);
        assertThat(lines.inside(method("braces").getBody().orElseThrow())).isEqualTo(1);
    }

    private MethodDeclaration method(String name) {
        return unit.getType(0).getMethodsByName(name).get(0);
    }
}
