package dev.readiness.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.BaselineEntry;
import dev.readiness.core.analysis.ScanTarget;
import dev.readiness.core.analysis.SourceTexts;
import dev.readiness.core.report.StableFingerprint;
import dev.readiness.core.rule.BaselineState;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.score.ReadinessScorer;
import dev.readiness.core.score.ScoreMeasures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GateComparisonsTest {

    private static final String ORDER = "src/main/java/shop/Order.java";
    private static final String TEXT = "package shop;\n\nclass Order {\n    void pay() { }\n    void ship() { }\n}\n";
    private static final SourceTexts SOURCES = path -> path.equals(ORDER) ? Optional.of(TEXT) : Optional.empty();
    private static final Finding PAY = finding("modularity/long-method", 4, "pay is long");
    private static final Finding SHIP = finding("modularity/long-method", 5, "ship is long");

    @Test
    void againstABaselineOnlyFindingsItDoesNotKnowAreNewAndTheOnesItMissesAreGone() {
        String payFingerprint = StableFingerprint.of(List.of(PAY), SOURCES).get(0);
        BaselineEntry gone = new BaselineEntry("0".repeat(32), "hygiene/broad-catch", ORDER, "shop.Order#load()");
        GateComparisons.Request request = new GateComparisons.Request(List.of(
                new BaselineEntry(payFingerprint, PAY.ruleId(), ORDER, "shop.Order#pay()"), gone), "baseline.json", null);

        AnalysisResult compared = GateComparisons.compare(result(PAY, SHIP), request, null);

        assertThat(compared.findings()).extracting(Finding::message, Finding::baselineState).containsExactly(
                org.assertj.core.groups.Tuple.tuple("pay is long", BaselineState.UNCHANGED),
                org.assertj.core.groups.Tuple.tuple("ship is long", BaselineState.NEW));
        assertThat(compared.comparison().absent()).containsExactly(gone);
    }

    @Test
    void withNothingToCompareTheResultIsLeftAsItIs() {
        AnalysisResult result = result(PAY);

        assertThat(GateComparisons.compare(result, GateComparisons.Request.NONE, null)).isSameAs(result);
    }

    private static AnalysisResult result(Finding... findings) {
        ScanTarget target = new ScanTarget("shop", "", "0123456789abcdef0123456789abcdef01234567", null, "main", true,
                "History available", null);
        List<Finding> found = List.of(findings);
        return AnalysisResult.builder(target, ReadinessScorer.score(new ScoreMeasures(null, null, null, null,
                List.of(), found, Map.of()))).findings(found).sources(SOURCES).build();
    }

    private static Finding finding(String ruleId, int line, String message) {
        return new Finding(ruleId, Level.WARNING, message, Location.ofLine(ORDER, line), List.of());
    }
}
