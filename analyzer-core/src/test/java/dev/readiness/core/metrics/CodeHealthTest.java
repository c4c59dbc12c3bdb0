package dev.readiness.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.source.FileFacts;
import dev.readiness.core.source.JavaSourceParser;
import dev.readiness.core.source.ParseOutcome;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CodeHealthTest {

    private static final String PATH = "src/main/java/com/acme/Sample.java";

    private static FileFacts facts(String source) {
        RepoFile file = new RepoFile(PATH, FileKind.PRODUCTION, "", 0, null);
        ParseOutcome outcome = new JavaSourceParser().parse(file, source.getBytes(StandardCharsets.UTF_8), "blob");
        return ((ParseOutcome.Parsed) outcome).facts();
    }

    private static FileHealth health(String classBody) {
        return CodeHealth.of(facts("package com.acme;\n\nclass Sample {\n" + classBody + "\n}\n"));
    }

    /** A method of {@code ifs} flat, sequential ifs: cognitive complexity {@code ifs}, nesting 1, no bumps. */
    private static String flatIfs(String name, int ifs) {
        return "    int " + name + "(int x) " + flatIfsBody(ifs);
    }

    private static String flatIfsBody(int ifs) {
        return "{\n        int r = 0;\n"
                + IntStream.range(0, ifs).mapToObj(i -> "        if (x > " + i + ") {\n            r++;\n        }\n")
                        .collect(Collectors.joining())
                + "        return r;\n    }";
    }

    /** Long (80 lines), nested 5 deep twice (2 bumps), 7 parameters, branchy: every method biomarker at once. */
    private static String monster(String name) {
        String nested = "        if (a > 0) {\n for (int i = 0; i < b; i++) {\n while (c > i) {\n if (d > i) {\n"
                + " if (e > i) {\n r++;\n }\n }\n c--;\n }\n }\n }\n";
        return "    int " + name + "(int a, int b, int c, int d, int e, int f, int g) {\n        int r = 0;\n"
                + nested + nested + "        r += f + g;\n".repeat(60) + "        return r;\n    }\n";
    }

    @Test
    void withoutOneOccurrenceTheFileHasTheHealthItWouldHaveWithoutThatMethod() {
        // four methods of complexity 20 cost 75 hundredths each: 300, the cap, so health 7.0
        String first = flatIfs("first", 20);
        String others = "\n" + flatIfs("third", 20) + "\n" + flatIfs("fourth", 20);
        FileHealth four = health(first + "\n" + flatIfs("second", 20) + others);
        FileHealth three = health(first + others);
        int secondLine = four.biomarkers().get(0).spans().get(1).firstLine();

        FileHealth fixed = CodeHealth.without(four, "complex-method", secondLine).orElseThrow();

        assertThat(four.health()).isEqualTo(7.0);
        // 225 hundredths without the second: the health of the file that never had it
        assertThat(fixed.health()).isEqualTo(7.8).isEqualTo(three.health());
        assertThat(fixed.biomarkers().get(0).count()).isEqualTo(3);
        assertThat(fixed.biomarkers().get(0).occurrences()).noneMatch(occurrence -> occurrence.contains("second"));
        assertThat(CodeHealth.without(four, "long-method", secondLine)).isEmpty();
        assertThat(CodeHealth.without(four, "complex-method", 1)).isEmpty();
    }

    @Test
    void pastTheCapFixingOneOccurrenceGainsNothing() {
        String body = IntStream.range(0, 5).mapToObj(i -> flatIfs("m" + i, 20)).collect(Collectors.joining("\n"));
        FileHealth five = health(body);

        FileHealth fixed = CodeHealth.without(five, "complex-method",
                five.biomarkers().get(0).spans().get(0).firstLine()).orElseThrow();

        // 375 hundredths capped at 300, and 300 without one: still 7.0
        assertThat(five.health()).isEqualTo(7.0);
        assertThat(fixed.health()).isEqualTo(7.0);
    }

    @Test
    void aFileWithoutBiomarkersIsPerfectlyHealthy() {
        FileHealth healthy = health(flatIfs("small", 3));

        assertThat(healthy.health()).isEqualTo(10.0);
        assertThat(healthy.band()).isEqualTo(HealthBand.GREEN);
        assertThat(healthy.biomarkers()).isEmpty();
    }

    @Test
    void aComplexMethodCostsHalfAPointPlusAnotherFivePercentPerPointAboveFifteen() {
        assertThat(health(flatIfs("justAbove", 16)).health()).as("10 - 0.55 = 9.45, half up").isEqualTo(9.5);
        assertThat(health(flatIfs("further", 20)).health()).as("10 - 0.75").isEqualTo(9.3);
        assertThat(health(flatIfs("further", 20) + flatIfs("again", 20)).health()).as("10 - 2 x 0.75")
                .isEqualTo(8.5);
        assertThat(health(flatIfs("further", 20)).biomarkers()).singleElement().satisfies(biomarker -> {
            assertThat(biomarker.id()).isEqualTo("complex-method");
            assertThat(biomarker.penalty()).isEqualTo(0.75);
            assertThat(biomarker.occurrences()).containsExactly("Sample.further(int) at line 4: cognitive complexity 20");
        });
    }

    @Test
    void aMethodWithEveryProblemCostsEachCappedPenaltyAndManySinkTheFileToTheFloor() {
        FileHealth one = health(monster("worst"));

        assertThat(one.biomarkers()).extracting(Biomarker::id, Biomarker::penalty).containsExactly(
                org.assertj.core.groups.Tuple.tuple("complex-method", 1.25),
                org.assertj.core.groups.Tuple.tuple("brain-method", 1.0),
                org.assertj.core.groups.Tuple.tuple("long-method", 0.5),
                org.assertj.core.groups.Tuple.tuple("deep-nesting", 0.5),
                org.assertj.core.groups.Tuple.tuple("bumpy-road", 0.25),
                org.assertj.core.groups.Tuple.tuple("too-many-parameters", 0.25));
        assertThat(one.health()).as("cognitive complexity 2 x 15 = 30; 10 - 3.75 = 6.25, half up").isEqualTo(6.3);
        assertThat(one.band()).isEqualTo(HealthBand.YELLOW);

        FileHealth many = health(monster("a") + monster("b") + monster("c") + monster("d"));
        assertThat(many.health()).as("caps: 3 + 2 + 2 + 2 + 1 + 1 = 11 points, floor 1").isEqualTo(1.0);
        assertThat(many.band()).isEqualTo(HealthBand.RED);
    }

    @Test
    void aMethodInAnEnumConstantBodyIsMeasuredUnderTheConstantsName() {
        FileHealth heavy = CodeHealth.of(facts("package com.acme;\n\nenum Sample {\n    HEAVY {\n        @Override\n"
                + monster("apply") + "    };\n\n    abstract int apply(int a, int b, int c, int d, int e, int f, int g);\n}\n"));

        assertThat(heavy.biomarkers()).extracting(Biomarker::id).containsExactly(
                "complex-method", "brain-method", "long-method", "deep-nesting", "bumpy-road", "too-many-parameters");
        assertThat(heavy.biomarkers().get(0).occurrences()).containsExactly(
                "Sample.HEAVY.apply(int,int,int,int,int,int,int) at line 5: cognitive complexity 30");
        assertThat(heavy.biomarkers().get(5).occurrences()).as("the @Override in HEAVY did not choose its parameters")
                .containsExactly("Sample.apply(int,int,int,int,int,int,int) at line 96: 7 parameters");
        assertThat(heavy.health()).as("10 - (1.25 + 1 + 0.5 + 0.5 + 0.25 + 0.25), half up").isEqualTo(6.3);
    }

    @Test
    void fieldLambdasAndAnonymousClassesAreMeasuredInSourceOrderAndALambdaHasNoParameterListOfItsOwn() {
        FileHealth fields = health("    interface Wide { int f(int a, int b, int c, int d, int e); }\n"
                + "    static final java.util.function.IntUnaryOperator RULE = x -> " + flatIfsBody(16) + ";\n"
                + "    static final Wide WIDE = (a, b, c, d, e) -> a + b + c + d + e;\n"
                + flatIfs("early", 18)
                + "    private final Comparable<Integer> order = new Comparable<>() {\n"
                + "        public int compareTo(Integer x) " + flatIfsBody(17) + "\n    };\n");

        assertThat(fields.biomarkers()).extracting(Biomarker::id, Biomarker::occurrences).containsExactly(
                org.assertj.core.groups.Tuple.tuple("complex-method", List.of(
                        "Sample.RULE$lambda at line 5: cognitive complexity 16",
                        "Sample.early(int) at line 58: cognitive complexity 18",
                        "Sample.order.compareTo(Integer) at line 116: cognitive complexity 17")),
                org.assertj.core.groups.Tuple.tuple("too-many-parameters", List.of(
                        "Wide.f(int,int,int,int,int) at line 4: 5 parameters")));
    }

    @Test
    void generatedMethodsAndTablesWrittenAsCodeCostNothingForTheirLength() {
        String registrations = "    void registerAll(java.util.Map<String, String> byName) {\n"
                + IntStream.range(0, 75).mapToObj(i -> "        byName.put(\"k" + i + "\", \"v" + i + "\");\n")
                        .collect(Collectors.joining())
                + "    }\n";
        String generated = "    @javax.annotation.processing.Generated(\"tool\")\n" + monster("generatedWorst");

        assertThat(health(registrations).biomarkers()).as("a registration table is not a long method").isEmpty();
        // after the table, past the file head where the parser would skip the whole file as generated
        assertThat(health(registrations + generated).biomarkers()).as("the generator's to fix").isEmpty();
        assertThat(health(registrations.replace("byName.put(\"k1", "byName.remove(\"k1")).biomarkers())
                .as("still a table: one row in ten differs").isEmpty();
    }

    @Test
    void aClassWithTwoUnrelatedGroupsOfMethodsCostsOnePoint() {
        FileHealth split = health("""
                    private int count;
                    private String name;
                    private String nick;
                    void increment(int by) { if (by > 0) { count += by; } }
                    void reset() { count = 0; }
                    void rename(String to) { if (to != null) { name = to.trim(); } }
                    String shout() { return name.toUpperCase(); }
                    String whisper() { return name.toLowerCase(); }
                    java.util.Optional<String> nickname() { return java.util.Optional.ofNullable(nick); }
                """);

        assertThat(split.biomarkers()).singleElement().satisfies(biomarker -> {
            assertThat(biomarker.id()).isEqualTo("low-cohesion");
            assertThat(biomarker.occurrences()).containsExactly("Sample at line 3: 2 unrelated groups of methods");
        });
        assertThat(split.health()).isEqualTo(9.0);
        assertThat(split.band()).isEqualTo(HealthBand.GREEN);
    }

    @Test
    void bandsAreGreenFromNineYellowFromFourRedBelow() {
        assertThat(List.of(10.0, 9.0, 8.9, 4.0, 3.9, 1.0)).extracting(HealthBand::of).containsExactly(
                HealthBand.GREEN, HealthBand.GREEN, HealthBand.YELLOW, HealthBand.YELLOW, HealthBand.RED, HealthBand.RED);
    }

    @Test
    void theRepositoryMeanIsWeightedByLinesOfCodeAndTheWorstFilesHaveBiomarkers() {
        FileHealth clean = new FileHealth("a/Clean.java", 100, 10.0, HealthBand.GREEN, List.of());
        FileHealth messy = new FileHealth("b/Messy.java", 300, 6.0, HealthBand.YELLOW,
                List.of(new Biomarker("complex-method", 1, 4.0, List.of("x"))));
        FileHealth broken = new FileHealth("c/Broken.java", 100, 2.0, HealthBand.RED,
                List.of(new Biomarker("god-class", 1, 2.5, List.of("y"))));

        CodeHealthSummary summary = CodeHealthSummary.of(List.of(messy, broken, clean));

        assertThat(summary.weightedHealth()).as("(1000 + 1800 + 200) / 500").isEqualTo(6.0);
        assertThat(List.of(summary.greenShare(), summary.yellowShare(), summary.redShare()))
                .containsExactly(0.2, 0.6, 0.2);
        assertThat(summary.files()).extracting(FileHealth::path)
                .containsExactly("a/Clean.java", "b/Messy.java", "c/Broken.java");
        assertThat(summary.worst(5)).extracting(FileHealth::path).containsExactly("c/Broken.java", "b/Messy.java");
        assertThat(CodeHealthSummary.of(List.of()).weightedHealth()).isNull();
    }
}
