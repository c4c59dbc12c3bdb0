package dev.readiness.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.source.JavaSourceParser;
import dev.readiness.core.source.MethodInfo;
import dev.readiness.core.source.ParseOutcome;
import dev.readiness.core.source.TypeInfo;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClassDesignTest {

    private static final RepoFile FILE = new RepoFile("src/main/java/com/acme/Sample.java", FileKind.PRODUCTION, "",
            0, null);

    private static TypeInfo type(String declaration) {
        String source = "package com.acme;\n\n" + declaration;
        ParseOutcome outcome = new JavaSourceParser().parse(FILE, source.getBytes(StandardCharsets.UTF_8), "blob");
        return ((ParseOutcome.Parsed) outcome).facts().types().get(0);
    }

    /**
     * A brain method on one field: 99 lines of code (over 65), cyclomatic complexity 24 (1 + if, for,
     * while + 20 ifs; at least 9) and nesting 3 (at least 3).
     */
    private static String brainMethod(String name, String field) {
        return "    int " + name + "(int a, int b) {\n"
                + "        int r = 0;\n"
                + "        if (a > 0) {\n"
                + "            for (int i = 0; i < b; i++) {\n"
                + "                while (r < i) {\n"
                + "                    r++;\n"
                + "                }\n"
                + "            }\n"
                + "        }\n"
                + "        if (b > a) { r++; }\n".repeat(20)
                + ("        r += " + field + ";\n").repeat(70)
                + "        return r;\n"
                + "    }\n";
    }

    /** Two brain methods on different fields: 206 lines, WMC 48, TCC 0. */
    private static String brainClass(String extraMember) {
        return "class Sample {\n    private int alpha;\n    private int beta;\n"
                + brainMethod("first", "alpha") + brainMethod("second", "beta") + extraMember + "}\n";
    }

    @Test
    void twoBrainMethodsInAVeryLargeComplexIncoherentClassMakeABrainClass() {
        ClassDesign.Assessment assessment = ClassDesign.assess(type(brainClass("")));

        assertThat(assessment.verdict()).isEqualTo(ClassDesign.Verdict.BRAIN_CLASS);
        assertThat(assessment.linesOfCode()).isEqualTo(206);
        assertThat(assessment.weightedMethodCount()).isEqualTo(48);
        assertThat(assessment.tightClassCohesion()).isEqualTo(0.0);
        assertThat(assessment.foreignData()).isZero();
        assertThat(assessment.brainMethods()).extracting(MethodInfo::name).containsExactly("first", "second");
    }

    @Test
    void theSameClassReadingMuchForeignDataIsAGodClassRatherThanABrainClass() {
        ClassDesign.Assessment assessment = ClassDesign.assess(type(brainClass("""
                    int foreign(Order order, Customer customer) {
                        return order.total + order.tax + order.getShipping() + customer.age + customer.rank
                                + customer.getPoints();
                    }
                """)));

        assertThat(assessment.foreignData()).as("six attributes of Order and Customer, more than FEW (5)").isEqualTo(6);
        assertThat(assessment.weightedMethodCount()).isEqualTo(49);
        assertThat(assessment.verdict()).isEqualTo(ClassDesign.Verdict.GOD_CLASS);
    }

    @Test
    void brainMethodsSharingTheirFieldAreNotABrainClass() {
        ClassDesign.Assessment assessment = ClassDesign.assess(type("class Sample {\n    private int alpha;\n"
                + brainMethod("first", "alpha") + brainMethod("second", "alpha") + "}\n"));

        assertThat(assessment.tightClassCohesion()).isEqualTo(1.0);
        assertThat(assessment.brainMethods()).hasSize(2);
        assertThat(assessment.verdict()).isEqualTo(ClassDesign.Verdict.NONE);
    }

    @Test
    void anEnumWithTheSameMembersIsNeverJudged() {
        ClassDesign.Assessment assessment = ClassDesign.assess(type("enum Sample {\n    ONE;\n    private int alpha;\n"
                + "    private int beta;\n" + brainMethod("first", "alpha") + brainMethod("second", "beta") + "}\n"));

        assertThat(assessment.brainMethods()).extracting(MethodInfo::name).containsExactly("first", "second");
        assertThat(assessment.verdict()).isEqualTo(ClassDesign.Verdict.NONE);
    }

    @Test
    void aSmallCleanClassHasNoBrainMethodsAndNoVerdict() {
        ClassDesign.Assessment assessment = ClassDesign.assess(type("""
                class Sample {
                    private long total;

                    Sample(long total) { this.total = total; }

                    void add(long amount) { if (amount > 0) { total += amount; } }

                    long total() { return total; }
                }
                """));

        assertThat(assessment.verdict()).isEqualTo(ClassDesign.Verdict.NONE);
        assertThat(assessment.weightedMethodCount()).as("1 + 2 + 1").isEqualTo(4);
        assertThat(assessment.tightClassCohesion()).isEqualTo(1.0);
        assertThat(assessment.brainMethods()).isEmpty();
    }
}
