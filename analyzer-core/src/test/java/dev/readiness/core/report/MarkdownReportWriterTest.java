package dev.readiness.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.BaselineEntry;
import dev.readiness.core.analysis.GateComparison;
import dev.readiness.core.rule.BaselineState;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Suppression;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MarkdownReportWriterTest {

    private static final GitHubContext GITHUB = new GitHubContext("https://github.com/", "acme/shop",
            "0123456789abcdef0123456789abcdef01234567");

    @Test
    void rendersTheSampleExactly() {
        assertThat(new MarkdownReportWriter().render(TestResults.sample())).isEqualTo("""
                ## Readiness 0/100 (not ready)

                **Biggest drag:** context, 100.0 points of 100 lost.

                Scanned **acme-shop** on `main` at `0123456789` of 2026-11-30.

                | Category | Score | Weight |
                | --- | ---: | ---: |
                | architecture | n/a | 20 |
                | modularity | n/a | 20 |
                | testing | n/a | 20 |
                | history | n/a | 15 |
                | context | 0 | 15 |
                | hygiene | n/a | 10 |

                | Level | Findings |
                | --- | ---: |
                | error | 1 |
                | warning | 2 |
                | note | 1 |

                ### Top findings

                - **error** `hygiene/hardcoded-secret` [src/main/java/com/acme/Order.java:4](src/main/java/com/acme/Order.java#L4) \u2014 A hardcoded AWS key: AKIA\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*.
                - **warning** `context/no-ci` [pom.xml:1](pom.xml#L1) \u2014 No CI configuration found.
                - **warning** `modularity/deep-nesting` [src/main/java/com/acme/Order.java:9](src/main/java/com/acme/Order.java#L9) \u2014 Nesting depth 3 exceeds 2.
                - **note** `hygiene/console-logging` [src/main/java/com/acme/Order.java:9](src/main/java/com/acme/Order.java#L9) \u2014 System.out.println in production code.
                """);
    }

    @Test
    void aComparisonShowsItsCountsAndListsNewFindingsFirstWithoutSuppressedOnes() {
        List<Finding> sample = TestResults.sampleFindings();
        List<Finding> findings = List.of(
                sample.get(0).withBaselineState(BaselineState.UNCHANGED),
                sample.get(1).withBaselineState(BaselineState.UNCHANGED),
                sample.get(2).withBaselineState(BaselineState.NEW),
                sample.get(3).withSuppression(new Suppression("", "pom.xml", 1)).withBaselineState(BaselineState.NEW));
        AnalysisResult result = TestResults.sample().withFindings(findings, new GateComparison("base.json", null, null,
                List.of(new BaselineEntry("f00d", "modularity/deep-nesting", "src/Gone.java", "Gone#x()"))));

        String markdown = new MarkdownReportWriter().render(result);

        assertThat(markdown)
                .contains("Compared with baseline `base.json`: **1 new**, 2 unchanged, 1 absent"
                        + " (only new findings fail the quality gate).\n")
                .contains("| warning | 1 |\n")
                .contains("1 suppressed in the source are not counted.")
                .doesNotContain("context/no-ci")
                .contains("### Top findings (new first)\n\n"
                        + "- **note** (new) `hygiene/console-logging`")
                .contains("Order.java#L9) \u2014 System.out.println in production code.\n"
                        + "- **error** `hygiene/hardcoded-secret`");
    }

    @Test
    void withAGitHubContextLinksPointAtTheCommitOnGitHub() {
        Finding spaced = TestResults.finding(TestResults.NO_CI.id(), Level.WARNING,
                TestResults.at("docs/my notes (old).md", 12), "No CI.");
        String markdown = new MarkdownReportWriter(GITHUB).render(TestResults.result(List.of(spaced), List.of()));

        assertThat(markdown).contains("[docs/my notes \\(old\\).md:12](https://github.com/acme/shop/blob/"
                + "0123456789abcdef0123456789abcdef01234567/docs/my%20notes%20%28old%29.md#L12)");
        assertThat(new MarkdownReportWriter().render(TestResults.result(List.of(spaced), List.of())))
                .contains("](docs/my%20notes%20%28old%29.md#L12)");
    }

    @Test
    void theGitHubContextNeedsServerRepositoryAndCommit() {
        assertThat(GitHubContext.from(Map.of("GITHUB_SERVER_URL", "https://github.com", "GITHUB_REPOSITORY",
                "acme/shop", "GITHUB_SHA", "abc"))).contains(new GitHubContext("https://github.com", "acme/shop", "abc"));
        assertThat(GitHubContext.from(Map.of("GITHUB_SERVER_URL", "https://github.com", "GITHUB_REPOSITORY",
                "acme/shop"))).isEmpty();
        assertThat(GitHubContext.from(Map.of())).isEmpty();
    }

    @Test
    void messagesCannotAddMarkupOrTableColumns() {
        Finding tricky = TestResults.finding(TestResults.NO_CI.id(), Level.WARNING, TestResults.at("pom.xml", 1),
                "a | b *c* _d_ [x](http://e) <script>\n  `f` #g & !h ~i \\j");

        String markdown = new MarkdownReportWriter().render(TestResults.result(List.of(tricky), List.of()));

        assertThat(markdown).contains("\u2014 a \\| b \\*c\\* \\_d\\_ \\[x\\]\\(http://e\\) \\<script\\>"
                + " \\`f\\` \\#g \\& \\!h \\~i \\\\j\n");
    }

    @Test
    void twentyThousandLongFindingsStayUnderGitHubsLimitWithTheRestCounted() {
        List<Finding> findings = IntStream.range(0, 20_000)
                .mapToObj(i -> TestResults.finding(TestResults.NO_CI.id(), Level.WARNING,
                        TestResults.at("src/" + "d".repeat(4_000) + "/F" + i + ".java", 1), "m".repeat(10_000)))
                .toList();

        String markdown = new MarkdownReportWriter(GITHUB).render(TestResults.result(findings, List.of()));

        assertThat(markdown.length()).isLessThan(MarkdownReportWriter.MAX_CHARS);
        assertThat(markdown.lines().filter(line -> line.startsWith("- **warning**"))).hasSize(7);
        assertThat(markdown).endsWith("\n_19,993 more findings are not shown; the SARIF and JSON reports list all"
                + " of them._\n");
    }

    @Test
    void showsAtMostTwentyFindingsWithLongMessagesCut() {
        List<Finding> findings = IntStream.range(0, 20_000)
                .mapToObj(i -> TestResults.finding(TestResults.NO_CI.id(), Level.WARNING,
                        TestResults.at("src/F" + i + ".java", 1), "m".repeat(10_000)))
                .toList();

        String markdown = new MarkdownReportWriter().render(TestResults.result(findings, List.of()));

        assertThat(markdown.length()).isLessThan(MarkdownReportWriter.MAX_CHARS);
        assertThat(markdown.lines().filter(line -> line.startsWith("- **warning**")))
                .hasSize(MarkdownReportWriter.TOP_FINDINGS)
                .allSatisfy(line -> assertThat(line).endsWith("\u2014 " + "m".repeat(397) + "..."));
        assertThat(markdown).contains("19,980 more findings are not shown");
    }

    @Test
    void theSameResultGivesTheSameBytes() {
        assertThat(new MarkdownReportWriter(GITHUB).toBytes(TestResults.sample()))
                .isEqualTo(new MarkdownReportWriter(GITHUB).toBytes(TestResults.sample()));
    }

    @Test
    void withoutFindingsTheSummarySaysSo() {
        assertThat(new MarkdownReportWriter().render(TestResults.result(List.of(), List.of())))
                .endsWith("| note | 0 |\n\nNo findings.\n");
    }
}
