package dev.readiness.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.config.ArchitectureConfig;
import dev.readiness.core.config.ReadinessConfig;
import dev.readiness.core.engine.Analyzer;
import dev.readiness.core.engine.ProgressListener;
import dev.readiness.core.engine.Scan;
import dev.readiness.core.engine.ScanRequest;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The score of real scans (the real Analyzer over files on disk) with small rules defined here. */
class ScoreScansTest {

    private static final String PRODUCTION = """
            package com.acme;

            public class Prices {
                public int total(int amount, int count) {
                    int sum = amount * count;
                    return sum > 100 ? sum - 5 : sum;
                }
            }
            """;

    @TempDir
    Path repository;

    @Test
    void anEmptyInstructionFileEarnsNothingOnlySubstanceDoes() throws Exception {
        writeProduction();
        double withoutFile = category(scan(InstructionsRule.class, AlwaysPassingRule.class), "context");
        Files.writeString(repository.resolve("AGENTS.md"), "");
        double emptyFile = category(scan(InstructionsRule.class, AlwaysPassingRule.class), "context");
        Files.writeString(repository.resolve("AGENTS.md"),
                "Build with ./mvnw verify. Tests live in src/test/java; never edit generated code.\n");
        double substantive = category(scan(InstructionsRule.class, AlwaysPassingRule.class), "context");

        // weights: the failing warning rule 2, the passing note rule 1 → 1/3 of the checklist
        assertThat(withoutFile).isEqualTo(33.3);
        assertThat(emptyFile).isEqualTo(withoutFile);
        assertThat(substantive).isEqualTo(100.0);
    }

    @Test
    void assertionFreeTestsEarnNothingAndAnAssertionDoes() throws Exception {
        writeProduction();
        double noTests = category(scan(), "testing");
        Path test = repository.resolve("src/test/java/com/acme/PricesTest.java");
        Files.createDirectories(test.getParent());
        Files.writeString(test, testClass("        new Prices().total(3, 4);\n"));
        double assertionFree = category(scan(), "testing");
        Files.writeString(test, testClass("        assertEquals(12, new Prices().total(3, 4));\n"));
        double withAssertion = category(scan(), "testing");

        assertThat(noTests).isZero();
        assertThat(assertionFree).isZero();
        assertThat(withAssertion).isGreaterThan(50);
    }

    @Test
    void configuredWeightsChangeTheOverallScore() throws Exception {
        writeProduction();
        ReadinessScore defaults = scanScore(ReadinessConfig.EMPTY);
        ReadinessScore onlyTesting = scanScore(new ReadinessConfig("readiness.yml", ArchitectureConfig.NONE,
                Map.of("architecture", 0.0, "modularity", 0.0)));

        assertThat(defaults.overall()).isEqualTo(66.7); // architecture 100, modularity 100, testing 0 (no tests)
        assertThat(onlyTesting.overall()).isZero();
        assertThat(onlyTesting.category("testing").orElseThrow().weight()).isEqualTo(20.0);
        assertThat(onlyTesting.category("history").orElseThrow().reason())
                .isEqualTo("not a Git repository: history-based analysis is not available");
    }

    @Test
    void theSameInputGivesTheSameScore() throws Exception {
        writeProduction();
        Files.writeString(repository.resolve("AGENTS.md"), "Run ./mvnw verify before every commit, please.\n");

        assertThat(scanScore(ReadinessConfig.EMPTY)).isEqualTo(scanScore(ReadinessConfig.EMPTY));
    }

    private void writeProduction() throws IOException {
        Path file = repository.resolve("src/main/java/com/acme/Prices.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, PRODUCTION);
        Files.writeString(repository.resolve("pom.xml"), "<project><artifactId>acme</artifactId></project>\n");
    }

    private static String testClass(String body) {
        return "package com.acme;\n\nimport static org.junit.jupiter.api.Assertions.assertEquals;\n\n"
                + "import org.junit.jupiter.api.Test;\n\nclass PricesTest {\n    @Test\n    void total() {\n" + body
                + "    }\n}\n";
    }

    private ReadinessScore scanScore(ReadinessConfig config) throws Exception {
        Analyzer analyzer = new Analyzer(new RuleRegistry(List.of()), ProgressListener.NONE);
        try (Scan scan = analyzer.analyze(new ScanRequest(repository, 1).withConfig(config))) {
            return scan.result().score();
        }
    }

    @SafeVarargs
    private ReadinessScore scan(Class<? extends RepositoryRule>... rules) throws Exception {
        Analyzer analyzer = new Analyzer(RuleRegistry.of(rules), ProgressListener.NONE);
        try (Scan scan = analyzer.analyze(new ScanRequest(repository, 1))) {
            return scan.result().score();
        }
    }

    private static double category(ReadinessScore score, String id) {
        return score.category(id).orElseThrow().score();
    }

    /** Judges substance like the real context rules: an instruction file of fewer than five words is none. */
    @RuleDefinition(id = "context/test-instructions", summary = "No agent instructions.",
            description = "Reports a missing or empty AGENTS.md.", level = Level.WARNING, precision = Precision.HIGH,
            scope = FileKind.DOCS, tags = "context")
    static final class InstructionsRule implements RepositoryRule {

        @Override
        public void check(RepositoryContext context, FindingSink sink) {
            int words = context.file("AGENTS.md").flatMap(context::readText)
                    .map(text -> text.isBlank() ? 0 : text.strip().split("\\s+").length).orElse(0);
            if (words < 5) {
                sink.report(Location.ofLine("AGENTS.md", 1), "no instructions of substance");
            }
        }
    }

    /** A context rule that never reports: an item of the checklist that always passes. */
    @RuleDefinition(id = "context/test-always-passes", summary = "Never reports.",
            description = "Never reports anything.", level = Level.NOTE, precision = Precision.HIGH,
            scope = FileKind.DOCS, tags = "context")
    static final class AlwaysPassingRule implements RepositoryRule {

        @Override
        public void check(RepositoryContext context, FindingSink sink) {
            // passes by design
        }
    }
}
