package dev.readiness.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.GateComparison;
import dev.readiness.core.analysis.MergeBaseDelta;
import dev.readiness.core.analysis.MergeBaseDelta.FileChange;
import dev.readiness.core.analysis.Trend;
import dev.readiness.core.rule.BaselineState;
import dev.readiness.core.rule.Finding;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * With --new-since every report says how the branch moved the score and the code health of the files it changed:
 * JSON in full, text and Markdown the files whose health fell most first.
 */
class MergeBaseDeltaReportTest {

    private static final String MERGE_BASE = "d87a59f67688a9f2b77cfd55aded307a6cfa5e85";
    private static final String ORDER = "src/main/java/com/acme/Order.java";
    private static final String CART = "src/main/java/com/acme/Cart.java";
    private static final String LEGACY = "src/main/java/com/acme/Legacy.java";
    private static final String PAYMENTS = "src/main/java/com/acme/Payments.java";
    private static final MergeBaseDelta DELTA = new MergeBaseDelta(new Trend.Change(71.7, 70.9), List.of(
            new FileChange(PAYMENTS, "src/main/java/com/acme/Pay.java", 8.0, 9.0),
            new FileChange(LEGACY, null, 3.0, null),
            new FileChange(ORDER, null, 9.6, 8.9),
            new FileChange(CART, null, null, 10.0)));

    private static AnalysisResult since(MergeBaseDelta delta) {
        List<Finding> findings = TestResults.sampleFindings().stream()
                .map(finding -> finding.withBaselineState(BaselineState.UNCHANGED)).toList();
        return TestResults.sample().withFindings(findings, new GateComparison(null, "main", MERGE_BASE, List.of(),
                delta));
    }

    @Test
    void jsonHasBothScoresAndEveryChangedFileInPathOrder() throws IOException {
        JsonNode comparison = new ObjectMapper().readTree(new JsonReportWriter().toBytes(since(DELTA))).get("comparison");

        assertThat(comparison.get("mergeBaseScore").asDouble()).isEqualTo(71.7);
        assertThat(comparison.get("scoreChange").asDouble()).isEqualTo(-0.8);
        assertThat(comparison.get("changedFiles")).extracting(file -> file.get("path").asText())
                .containsExactly(CART, LEGACY, ORDER, PAYMENTS);
        assertThat(comparison.at("/changedFiles/3").toString()).isEqualTo("{\"path\":\"" + PAYMENTS
                + "\",\"previousPath\":\"src/main/java/com/acme/Pay.java\",\"mergeBaseHealth\":8.0,\"health\":9.0,"
                + "\"healthChange\":1.0}");
        assertThat(comparison.at("/changedFiles/0/mergeBaseHealth").isNull()).isTrue();
        assertThat(comparison.at("/changedFiles/1/health").isNull()).isTrue();
    }

    @Test
    void jsonWithoutARefHasNoDelta() throws IOException {
        JsonNode comparison = new ObjectMapper().readTree(new JsonReportWriter().toBytes(TestResults.sample()
                .withFindings(TestResults.sampleFindings(), new GateComparison("base.json", null, null, List.of()))))
                .get("comparison");

        assertThat(comparison.get("mergeBaseScore").isNull()).isTrue();
        assertThat(comparison.get("scoreChange").isNull()).isTrue();
        assertThat(comparison.get("changedFiles").isNull()).isTrue();
    }

    @Test
    void textShowsTheScoresAndTheFilesWhoseHealthFellMostFirst() {
        String text = new TextReportWriter().render(since(DELTA));

        assertThat(text).contains("""
                Compared with changes since main (merge base d87a59f676)
                  0 new, 4 unchanged (only new findings fail the quality gate)
                  Score at the merge base 71.7, now 70.9 (-0.8)
                  Code health of the 4 changed production files, at the merge base → now:
                    9.6 → 8.9 (-0.7)    src/main/java/com/acme/Order.java
                    8.0 → 9.0 (+1.0)    src/main/java/com/acme/Payments.java (was src/main/java/com/acme/Pay.java)
                    new → 10.0          src/main/java/com/acme/Cart.java
                    3.0 → gone          src/main/java/com/acme/Legacy.java
                """);
    }

    @Test
    void textAndMarkdownListTheTenWhoseHealthFellMostAndCountTheRest() {
        List<FileChange> files = new java.util.ArrayList<>(IntStream.rangeClosed(1, 12).mapToObj(i -> new FileChange(
                String.format(Locale.ROOT, "src/F%02d.java", i), null, 9.0, 9.0 - i / 10.0)).toList());
        files.add(new FileChange("src/Same.java", null, 7.0, 7.0));
        MergeBaseDelta many = new MergeBaseDelta(new Trend.Change(50.0, 50.0), files);

        String text = new TextReportWriter().render(since(many));
        String markdown = new MarkdownReportWriter().render(since(many));

        assertThat(text).contains("    9.0 → 7.8 (-1.2)    src/F12.java\n").contains("src/F03.java")
                .doesNotContain("src/F02.java").doesNotContain("src/Same.java")
                .contains("    ... 2 more (the JSON report lists them all), 1 unchanged\n");
        assertThat(markdown).contains("| 9.0 → 7.8 \\(-1.2\\) | src/F12.java |\n").doesNotContain("src/F02.java")
                .contains("\n... 2 more \\(the JSON report lists them all\\), 1 unchanged.\n");
    }

    @Test
    void whenNoFilesHealthMovedTheReportsSaySoInOneLine() {
        MergeBaseDelta same = new MergeBaseDelta(new Trend.Change(50.0, 50.0), List.of(
                new FileChange(ORDER, null, 9.6, 9.6), new FileChange(CART, null, 8.0, 8.0)));

        assertThat(new TextReportWriter().render(since(same)))
                .contains("  Score at the merge base 50.0, now 50.0 (+0.0)\n"
                        + "  Code health of the 2 changed production files: unchanged\n")
                .doesNotContain(ORDER);
        assertThat(new MarkdownReportWriter().render(since(same)))
                .contains("Code health of the 2 changed production files: unchanged.\n").doesNotContain("| File |");
    }

    @Test
    void markdownShowsTheScoresAndATableOfTheChangedFiles() {
        String markdown = new MarkdownReportWriter().render(since(DELTA));

        // parentheses are escaped like every other character Markdown could read as markup
        assertThat(markdown).contains("""
                Score at the merge base 71.7, now 70.9 \\(-0.8\\).

                | Code health of the 4 changed production files, at the merge base → now | File |
                | --- | --- |
                | 9.6 → 8.9 \\(-0.7\\) | src/main/java/com/acme/Order.java |
                | 8.0 → 9.0 \\(+1.0\\) | src/main/java/com/acme/Payments.java \\(was src/main/java/com/acme/Pay.java\\) |
                | new → 10.0 | src/main/java/com/acme/Cart.java |
                | 3.0 → gone | src/main/java/com/acme/Legacy.java |
                """);
    }
}
