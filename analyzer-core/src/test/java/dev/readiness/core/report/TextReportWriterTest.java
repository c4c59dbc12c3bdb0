package dev.readiness.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.FindingImpacts;
import dev.readiness.core.analysis.ScanMetrics;
import dev.readiness.core.analysis.ScanTarget;
import dev.readiness.core.analysis.ToolInfo;
import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.metrics.Biomarker;
import dev.readiness.core.metrics.CodeHealthSummary;
import dev.readiness.core.metrics.FileHealth;
import dev.readiness.core.metrics.HealthBand;
import dev.readiness.core.metrics.TestMetrics;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.score.RemediationPlan;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextReportWriterTest {

    private static final TextReportWriter WRITER = new TextReportWriter();

    private static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }

    /** The lines of a section, from its heading to the next blank line. */
    private static List<String> section(String text, String heading) {
        List<String> all = lines(text);
        int start = all.indexOf(heading);
        assertThat(start).as("section %s in%n%s", heading, text).isNotNegative();
        int end = start + 1;
        while (end < all.size() && !all.get(end).isEmpty()) {
            end++;
        }
        return all.subList(start + 1, end);
    }

    @Test
    void sampleReportReadsAsExpected() {
        String text = WRITER.render(TestResults.sample());

        assertThat(text).isEqualTo(String.format(Locale.ROOT, """
                Repo Readiness %s - acme-shop @ main 0123456789 (2026-11-30)
                Readiness 0/100 (not ready)
                  architecture N/A  (the package graph was not measured)
                  modularity   N/A  (no production Java code)
                  testing      N/A  (no production Java code and no tests)
                  history      N/A  (history not measured)
                  context        0  (weight 15)
                  hygiene      N/A  (no production Java code)
                Biggest drag: context, 100.0 points of 100 lost (0/100, weight 15)
                Scanned 15 files: 11 of 12 Java files parsed (1 failed), 1,234 lines of code, 2 modules
                Architecture rules checked the source dependency graph.

                Findings: 4 (1 error, 2 warnings, 1 note)
                  by category: context 1, hygiene 2, modularity 1

                Top rules
                  1  hygiene/hardcoded-secret  A secret is committed in the source.
                  1  context/no-ci             No continuous integration is configured.
                  1  modularity/deep-nesting   Code is nested too deeply.
                  1  hygiene/console-logging   Production code writes to the console.

                Where to start
                  error    src/main/java/com/acme/Order.java:4
                           [hygiene/hardcoded-secret] A hardcoded AWS key: AKIA****************.
                  warning  pom.xml:1
                           [context/no-ci] No CI configuration found.
                  warning  src/main/java/com/acme/Order.java:9
                           [modularity/deep-nesting] Nesting depth 3 exceeds 2.
                  note     src/main/java/com/acme/Order.java:9
                           [hygiene/console-logging] System.out.println in production code.

                Notifications: 3 (file-skipped 1, history-partial 1, parse-error 1)
                  error    src/main/java/com/acme/Broken.java:7  parse-error: Syntax error: ';' expected.
                  warning  history-partial: Shallow clone: 1 commit.
                  note     src/main/resources/huge.json  file-skipped: Skipped: larger than 2 MiB.

                Run 'readiness rules <rule-id>' for how to fix a rule; use --format sarif,json --output DIR for all findings.
                """, ToolInfo.VERSION));
    }

    @Test
    void linesStayWithinTheWidthExceptTheHint() {
        String text = WRITER.render(TestResults.sample());
        List<String> lines = lines(text);

        assertThat(lines).contains(TextReportWriter.HINT).allSatisfy(line ->
                assertThat(line.length()).as(line).isLessThanOrEqualTo(TextReportWriter.HINT.length()));
        assertThat(lines).filteredOn(line -> !line.equals(TextReportWriter.HINT)).isNotEmpty().allSatisfy(line ->
                assertThat(line.length()).as(line).isLessThanOrEqualTo(TextReportWriter.DEFAULT_WIDTH));
        assertThat(text).doesNotContain("\u001b", "\r");
    }

    @Test
    void codeHealthShowsTheWeightedValueBandSharesAndTheThreeLeastHealthyFiles() {
        List<Biomarker> cost = List.of(new Biomarker("complex-method", 1, 1.0, List.of("x")));
        CodeHealthSummary health = CodeHealthSummary.of(List.of(
                new FileHealth("src/A.java", 100, 10.0, HealthBand.GREEN, List.of()),
                new FileHealth("src/B.java", 100, 8.0, HealthBand.YELLOW, cost),
                new FileHealth("src/C.java", 100, 3.5, HealthBand.RED, cost),
                new FileHealth("src/D.java", 100, 9.5, HealthBand.GREEN, cost),
                new FileHealth("src/E.java", 100, 9.0, HealthBand.GREEN, cost)));
        AnalysisResult result = TestResults.builder(TestResults.TARGET, List.of())
                .measures(TestResults.METRICS, TestMetrics.EMPTY, health).build();

        List<String> lines = lines(WRITER.render(result));

        assertThat(lines.subList(10, 15)).containsExactly(
                "Code health 8.0 of 10, weighted by lines of code (green 60%, yellow 20%, red 20%)",
                "  Health: how hard code is to change; in backtests it did not foretell fixes (file risk does)",
                "   3.5  red     src/C.java",
                "   8.0  yellow  src/B.java",
                "   9.0  green   src/E.java");
        assertThat(WRITER.render(TestResults.sample())).doesNotContain("Code health");
    }

    @Test
    void cleanResultSaysSoClearly() {
        AnalysisResult clean = TestResults.builder(TestResults.TARGET, List.of()).build();
        String text = WRITER.render(clean);

        assertThat(text).contains("No findings: none of the 4 rules that ran reported anything.")
                .doesNotContain("Top rules", "Where to start", "Notifications")
                .endsWith(TextReportWriter.HINT + "\n");
    }

    @Test
    void topRulesAreRankedByCountAndCappedAtEight() {
        List<Finding> findings = new ArrayList<>();
        for (int rule = 0; rule < 10; rule++) {
            for (int i = 0; i <= rule; i++) {
                findings.add(TestResults.finding("modularity/rule-" + rule, Level.WARNING,
                        TestResults.at("F" + i + ".java", 1 + rule), "m"));
            }
        }
        String text = WRITER.render(TestResults.result(findings, List.of()));
        List<String> top = section(text, "Top rules");

        assertThat(top).hasSize(9);
        assertThat(top.get(0)).startsWith("  10  modularity/rule-9");
        assertThat(top.get(7)).startsWith("   3  modularity/rule-2");
        assertThat(top.get(8)).isEqualTo("  ... and 2 more rules");
        assertThat(text).contains("Findings: 55 (55 warnings)");
    }

    @Test
    void whereToStartShowsTheTenMostSevereFirst() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            findings.add(TestResults.finding(TestResults.CONSOLE.id(), Level.NOTE,
                    TestResults.at("a/N" + i + ".java", 1), "n"));
        }
        for (int i = 0; i < 3; i++) {
            findings.add(TestResults.finding(TestResults.SECRET.id(), Level.ERROR,
                    TestResults.at("z/E" + i + ".java", 5), "e"));
        }
        findings.add(TestResults.finding(TestResults.NO_CI.id(), Level.WARNING, TestResults.at("m/W.java", 2), "w"));
        List<String> start = section(WRITER.render(TestResults.result(findings, List.of())), "Where to start");

        assertThat(start).hasSize(21);
        assertThat(List.of(start.get(0), start.get(2), start.get(4)))
                .allSatisfy(line -> assertThat(line).startsWith("  error    z/E"));
        assertThat(start.get(0)).isEqualTo("  error    z/E0.java:5");
        assertThat(start.get(1)).isEqualTo("           [hygiene/hardcoded-secret] e");
        assertThat(start.get(6)).isEqualTo("  warning  m/W.java:2");
        assertThat(start.get(7)).isEqualTo("           [context/no-ci] w");
        assertThat(start.get(8)).startsWith("  note     a/N0.java:1");
        assertThat(start.get(20)).isEqualTo("  ... and 6 more findings");
    }

    @Test
    void whereToStartPutsTheBiggestScoreGainFirstAndSaysWhatItIsWorth() {
        Finding error = TestResults.finding(TestResults.SECRET.id(), Level.ERROR, TestResults.at("z/E.java", 5), "e");
        Finding worthTwo = TestResults.finding(TestResults.CONSOLE.id(), Level.NOTE, TestResults.at("a/N.java", 1), "n");
        List<Finding> findings = List.of(error, worthTwo);
        AnalysisResult result = TestResults.builder(TestResults.TARGET, findings)
                .impacts(FindingImpacts.of(findings, List.of(0.0, 2.0), RemediationPlan.NONE)).build();

        List<String> start = section(WRITER.render(result), "Where to start");

        assertThat(start).containsExactly("  note     a/N.java:1  (+2.0 points)", "           [hygiene/console-logging] n",
                "  error    z/E.java:5", "           [hygiene/hardcoded-secret] e");
    }

    @Test
    void notificationsAreSummarisedWithAtMostFiveExamples() {
        List<ToolNotification> notifications = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            notifications.add(new ToolNotification("parse-error", Level.WARNING, "bad syntax " + i,
                    "src/P" + i + ".java", i, 1));
        }
        notifications.add(ToolNotification.forFile("file-skipped", Level.NOTE, "big.bin", "too large"));
        String text = WRITER.render(TestResults.result(List.of(), notifications));
        List<String> section = section(text, "Notifications: 8 (parse-error 7, file-skipped 1)");

        assertThat(section).hasSize(6);
        assertThat(section.get(0)).isEqualTo("  warning  src/P1.java:1  parse-error: bad syntax 1");
        assertThat(section.get(5)).isEqualTo("  ... and 3 more notifications");
    }

    @Test
    void headerShowsScopeOrHistoryStatusWithoutGit() {
        AnalysisResult plain = TestResults.builder(new ScanTarget("tools", "services/api", null, null, null, false,
                "Not a Git repository: history is not available.", null), List.of())
                .measures(new ScanMetrics(Map.of("java", 1), 1, 1, 0, 0, 10, 1, 1), TestMetrics.EMPTY, CodeHealthSummary.EMPTY)
                .build();
        String header = lines(WRITER.render(plain)).get(0);

        assertThat(header).isEqualTo("Repo Readiness " + ToolInfo.VERSION
                + " - tools (scope services/api) - Not a Git repository: history is not available.");
        assertThat(lines(WRITER.render(plain)).get(8))
                .isEqualTo("Scanned 1 files: 1 of 1 Java files parsed, 10 lines of code, 1 module");
    }

    @Test
    void theConfigurationUsedIsNamedUnderTheScannedLine() {
        List<String> lines = lines(WRITER.render(TestResults.sampleWithConfig("config/readiness.yml")));

        assertThat(lines.get(10)).isEqualTo("Configuration: config/readiness.yml");
        assertThat(WRITER.render(TestResults.sample())).doesNotContain("Configuration:");
    }

    @Test
    void shallowCloneStatusIsShownUnderTheHeader() {
        AnalysisResult shallow = TestResults.builder(new ScanTarget("acme", "", "abcdef0123456789", null, null, false,
                "Shallow clone: history metrics are not available.", null), List.of()).build();
        List<String> lines = lines(WRITER.render(shallow));

        assertThat(lines.get(0)).endsWith("acme @ abcdef0123");
        assertThat(lines.get(1)).isEqualTo("Shallow clone: history metrics are not available.");
    }

    @Test
    void writesToPrintStreamsAndWritersAlike() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WRITER.write(TestResults.sample(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        StringWriter writer = new StringWriter();
        WRITER.write(TestResults.sample(), writer);

        String expected = WRITER.render(TestResults.sample());
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(writer.toString()).isEqualTo(expected);
    }
}
