package dev.readiness.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.stmt.YieldStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.VarType;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JavaSourceParserTest {

    private static final RepoFile FILE = new RepoFile("src/main/java/com/acme/Order.java", FileKind.PRODUCTION, "", 0, null);

    private final JavaSourceParser parser = new JavaSourceParser();

    private ParseOutcome parse(String source) {
        return parser.parse(FILE, source.getBytes(StandardCharsets.UTF_8), "blob");
    }

    @Test
    void parsedFilesKeepTypesMethodsAndLinesOfCode() {
        ParseOutcome outcome = parse("""
                package com.acme;

                // a comment line is not code
                public class Order {
                    /** Javadoc is not code either. */
                    public int total(int quantity, String currency) {
                        return quantity;
                    }

                    Order(int id) { }

                    static class Line { }
                }
                """);

        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        FileFacts facts = ((ParseOutcome.Parsed) outcome).facts();
        assertThat(facts.lines()).isEqualTo(13);
        assertThat(facts.linesOfCode()).isEqualTo(8);
        assertThat(facts.types()).extracting(TypeInfo::qualifiedName).containsExactly("com.acme.Order", "com.acme.Order.Line");
        TypeInfo order = facts.types().get(0);
        assertThat(order.isPublic()).isTrue();
        assertThat(order.startLine()).isEqualTo(4);
        assertThat(order.endLine()).isEqualTo(13);
        assertThat(order.methods()).extracting(MethodInfo::signature).containsExactly("total(int,String)", "Order(int)");
        assertThat(order.methods().get(1).constructor()).isTrue();
        assertThat(order.packageName()).isEqualTo("com.acme");
    }

    @Test
    void modernJavaParsesAtTheConfiguredLanguageLevel() {
        ParseOutcome outcome = parse("""
                package com.acme;
                sealed interface Shape permits Circle, Square { }
                record Circle(double radius) implements Shape { }
                record Square(double side) implements Shape { }
                class Areas {
                    double area(Shape shape) {
                        return switch (shape) {
                            case Circle c when c.radius() > 0 -> Math.PI * c.radius() * c.radius();
                            case Circle c -> 0;
                            case Square(double side) -> side * side;
                        };
                    }
                    String text() {
                        return \"""
                            multi-line
                            \""";
                    }
                }
                """);

        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        assertThat(((ParseOutcome.Parsed) outcome).facts().types()).extracting(TypeInfo::kind)
                .containsExactly(TypeInfo.Kind.INTERFACE, TypeInfo.Kind.RECORD, TypeInfo.Kind.RECORD, TypeInfo.Kind.CLASS);
    }

    @Test
    void varAndYieldAreReadAtTheLanguageLevelWhileWhatOnlyACompilerRefusesStillParses() {
        ParseOutcome outcome = parse("""
                package com.acme;
                class Orders {
                    public private int refusedByJavac;
                    int size(int code) {
                        var lines = new java.util.ArrayList<String>();
                        return switch (code) {
                            case 1 -> { yield lines.size(); }
                            default -> 0;
                        };
                    }
                }
                """);

        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        CompilationUnit unit = ((ParseOutcome.Parsed) outcome).file().unit();
        assertThat(unit.findAll(VarType.class)).hasSize(1);
        assertThat(unit.findAll(YieldStmt.class)).hasSize(1);
        assertThat(unit.findAll(ClassOrInterfaceType.class)).extracting(ClassOrInterfaceType::getNameAsString)
                .containsExactlyInAnyOrder("java", "util", "ArrayList", "String")
                .doesNotContain("var");
    }

    @Test
    void aSyntaxErrorIsAFailureWithItsPosition() {
        ParseOutcome outcome = parse("package com.acme;\nclass Broken {\n  void oops( {\n}\n");

        assertThat(outcome).isInstanceOf(ParseOutcome.Failed.class);
        ParseOutcome.Failed failed = (ParseOutcome.Failed) outcome;
        assertThat(failed.path()).isEqualTo(FILE.path());
        assertThat(failed.line()).isEqualTo(3);
        assertThat(failed.column()).isPositive();
        assertThat(failed.message()).isNotBlank();
    }

    @Test
    void binaryContentIsSkipped() {
        ParseOutcome outcome = parser.parse(FILE, new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 1}, "blob");

        assertThat(outcome).isEqualTo(new ParseOutcome.Skipped(FILE.path(), "binary content in a .java file; not analysed"));
    }

    @Test
    void filesOverTheSizeLimitAreSkippedWithTheirSize() {
        JavaSourceParser small = new JavaSourceParser(100);

        ParseOutcome outcome = small.parse(FILE, ("class A { " + "int a; ".repeat(40) + "}").getBytes(StandardCharsets.UTF_8), "b");

        assertThat(outcome).isInstanceOf(ParseOutcome.Skipped.class);
        assertThat(((ParseOutcome.Skipped) outcome).reason()).contains("exceeds the 0.0 MB limit");
    }

    @Test
    void aHandWrittenFileOverAMegabyteIsParsed() {
        // picocli keeps its whole library in one 1.2 MB CommandLine.java; skipping it left its core unread
        String method = "    int m%d(int a) { if (a > %d) { return a - 1; } return a + 1; }\n";
        StringBuilder source = new StringBuilder("class Big {\n");
        for (int i = 0; source.length() < 1_100_000; i++) {
            source.append(String.format(Locale.ROOT, method, i, i));
        }
        byte[] bytes = source.append("}\n").toString().getBytes(StandardCharsets.UTF_8);

        ParseOutcome outcome = parser.parse(FILE, bytes, "blob");

        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        assertThat(((ParseOutcome.Parsed) outcome).facts().linesOfCode()).isGreaterThan(14_000);
    }

    @Test
    void invalidUtf8IsReadAsLatin1AndSaysSo() {
        byte[] latin1 = "package com.acme;\n// Gr\u00fc\u00dfe\nclass Order { }\n".getBytes(StandardCharsets.ISO_8859_1);

        ParseOutcome outcome = parser.parse(FILE, latin1, "blob");

        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) outcome;
        assertThat(parsed.warning()).hasValueSatisfying(warning -> assertThat(warning)
                .contains("not valid UTF-8").contains("offset 23").contains("ISO-8859-1"));
        assertThat(parsed.file().text()).contains("Gr\u00fc\u00dfe");
    }

    @Test
    void aByteOrderMarkIsDropped() {
        byte[] withBom = ("\uFEFFclass Order { }").getBytes(StandardCharsets.UTF_8);

        ParseOutcome outcome = parser.parse(FILE, withBom, "blob");

        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        assertThat(((ParseOutcome.Parsed) outcome).file().text()).startsWith("class Order");
        assertThat(((ParseOutcome.Parsed) outcome).warning()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "// Generated by the protocol buffer compiler.  DO NOT EDIT!\n",
        "// Generated from Expr.g4 by ANTLR 4.13.1\n",
        "//\n// This file was generated by the JavaTM Architecture for XML Binding(JAXB)\n//\n",
        "/*\n * Auto-generated by OpenAPI Generator\n */\n",
        "@javax.annotation.processing.Generated(\"dagger\")\n",
        "@Generated(\"jooq\")\n"})
    void generatorOutputIsSkipped(String header) {
        ParseOutcome outcome = parse(header + "class Order { }\n");

        assertThat(outcome).isEqualTo(new ParseOutcome.Generated(FILE.path()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/**\n * <p>No collisions will occur with the keys generated by this class.\n */\n",
        "/**\n * @param <T> the type of the number generated by this factory bean\n */\n",
        "/**\n * Manages the class being generated by the compilation process.\n */\n",
        "// the id is generated from the clock\n",
        "class Patterns { String marker = \"@Generated or DO NOT EDIT\"; }\n"})
    void proseAboutGeneratingThingsIsNotAGeneratorMarker(String header) {
        assertThat(parse(header + "class Order { }\n")).isInstanceOf(ParseOutcome.Parsed.class);
    }

    @Test
    void aProductionFileThatDeclaresTestsIsParsedAsTestCode() {
        ParseOutcome outcome = parse("package com.acme;\nimport org.junit.Test;\n"
                + "public abstract class OrderStoreContractTest {\n    @Test public void stores() { }\n}\n");

        ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) outcome;
        assertThat(parsed.file().isTest()).isTrue();
        assertThat(parsed.facts().isTestCode()).isTrue();
        assertThat(parsed.facts().tests().testCount()).isEqualTo(1);
    }

    @Test
    void lineCountIgnoresAFinalNewline() {
        assertThat(List.of(JavaSourceParser.countLines(""), JavaSourceParser.countLines("a"),
                JavaSourceParser.countLines("a\n"), JavaSourceParser.countLines("a\nb")))
                .containsExactly(0, 1, 1, 2);
    }
}
