package dev.readiness.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.readiness.core.metrics.CodeHealthSummary;
import dev.readiness.core.metrics.TestMetrics;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Region;
import dev.readiness.core.score.ReadinessScore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The result is assembled by whoever computed its score; nothing in it scores or fills in gaps on its own. */
class AnalysisResultBuilderTest {

    private static final ScanTarget TARGET = new ScanTarget("shop", "", null, null, null, false, "Not a Git repository",
            null);
    /** A score no scorer would give an empty result: it must come out exactly as it went in. */
    private static final ReadinessScore GIVEN = new ReadinessScore(42.0, List.of());

    @Test
    void theScoreAndTheTargetAreRequired() {
        assertThatNullPointerException().isThrownBy(() -> AnalysisResult.builder(TARGET, null)).withMessage("score");
        assertThatNullPointerException().isThrownBy(() -> AnalysisResult.builder(null, GIVEN)).withMessage("target");
    }

    @Test
    void partsNotGivenAreEmpty() {
        AnalysisResult result = AnalysisResult.builder(TARGET, GIVEN).build();

        assertThat(result.rules()).isEmpty();
        assertThat(result.findings()).isEmpty();
        assertThat(result.notifications()).isEmpty();
        assertThat(result.stageMillis()).isEmpty();
        assertThat(result.metrics()).isEqualTo(ScanMetrics.EMPTY);
        assertThat(result.sources().text("src/A.java")).isEmpty();
        assertThat(result.testMetrics()).isEqualTo(TestMetrics.EMPTY);
        assertThat(result.codeHealth()).isEqualTo(CodeHealthSummary.EMPTY);
        assertThat(result.architectureAnalysis()).isEqualTo(AnalysisResult.SOURCE);
        assertThat(result.comparison()).isEqualTo(GateComparison.none());
        assertThat(result.overview()).isEqualTo(RepositoryOverview.EMPTY);
    }

    @Test
    void theGivenScoreIsKeptWhateverTheFindingsAndTheirComparison() {
        AnalysisResult result = AnalysisResult.builder(TARGET, GIVEN).findings(List.of(finding("b.txt"))).build();
        AnalysisResult compared = result.withFindings(result.findings(), new GateComparison("base.json", null, null,
                List.of()));

        assertThat(result.score()).isSameAs(GIVEN);
        assertThat(compared.score()).isSameAs(GIVEN);
        assertThat(compared.comparison().baselineFile()).isEqualTo("base.json");
    }

    @Test
    void findingsComeInReportOrderAndStagesInTheOrderTheyRan() {
        Map<String, Long> stages = new LinkedHashMap<>();
        stages.put("files", 3L);
        stages.put("cache", 1L);
        stages.put("source", 2L);

        AnalysisResult result = AnalysisResult.builder(TARGET, GIVEN).findings(List.of(finding("b.txt"),
                finding("a.txt"))).stageMillis(stages).build();

        assertThat(result.findings()).extracting(found -> found.location().path()).containsExactly("a.txt", "b.txt");
        assertThat(result.stageMillis().keySet()).containsExactly("files", "cache", "source");
    }

    @Test
    void noPartMayBeNullAndTheArchitectureAnalysisIsSourceOrBytecode() {
        AnalysisResult.Builder builder = AnalysisResult.builder(TARGET, GIVEN);

        assertThatNullPointerException().isThrownBy(() -> builder.measures(null, TestMetrics.EMPTY,
                CodeHealthSummary.EMPTY)).withMessage("metrics");
        assertThatNullPointerException().isThrownBy(() -> builder.overview(null)).withMessage("overview");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.architectureAnalysis("graph"))
                .withMessage("architecture analysis is source or bytecode, not graph");
        assertThat(builder.architectureAnalysis(AnalysisResult.BYTECODE).build().architectureAnalysis())
                .isEqualTo(AnalysisResult.BYTECODE);
    }

    private static Finding finding(String path) {
        return new Finding("hygiene/todo", Level.NOTE, "A TODO.", Location.of(path, Region.line(1), ""), List.of());
    }
}
