package dev.readiness.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.BaselineEntry;
import dev.readiness.core.analysis.GateComparison;
import dev.readiness.core.rule.BaselineState;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Suppression;
import dev.readiness.core.testing.SarifSchema;
import java.io.IOException;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Suppressed and compared findings in all three reports: kept in SARIF and JSON, counted nowhere. */
class SuppressionAndComparisonReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The sample with the secret suppressed (with a reason), nesting unchanged, the rest new, one absent. */
    private static AnalysisResult compared() {
        List<Finding> sample = TestResults.sampleFindings();
        List<Finding> findings = List.of(
                sample.get(0).withSuppression(new Suppression("test fixture key", TestResults.ORDER_JAVA, 3))
                        .withBaselineState(BaselineState.NEW),
                sample.get(1).withBaselineState(BaselineState.UNCHANGED),
                sample.get(2).withBaselineState(BaselineState.NEW),
                sample.get(3).withSuppression(new Suppression("", "pom.xml", 1)).withBaselineState(BaselineState.NEW));
        return TestResults.sample().withFindings(findings, new GateComparison("base.json", null, null,
                List.of(new BaselineEntry("f00d", "modularity/deep-nesting", "src/Gone.java", "Gone#x()"))));
    }

    @Test
    void countsOnlyActiveFindings() {
        AnalysisResult result = compared();

        assertThat(result.count(Level.ERROR)).isZero();
        assertThat(result.count(Level.WARNING)).isEqualTo(1);
        assertThat(result.suppressedCount()).isEqualTo(2);
        assertThat(result.gatingFindings()).extracting(Finding::ruleId).containsExactly(TestResults.CONSOLE.id());
        assertThat(result.count(BaselineState.NEW)).isEqualTo(1);
        assertThat(result.countsByRule()).containsOnlyKeys(TestResults.DEEP_NESTING.id(), TestResults.CONSOLE.id());
    }

    @Test
    void sarifCarriesSuppressionsAndBaselineStateAndStaysSchemaValid() throws IOException {
        JsonNode sarif = JSON.readTree(new SarifWriter().toBytes(compared()));
        JsonNode results = sarif.at("/runs/0/results");

        assertThat(SarifSchema.validate(sarif)).isEmpty();
        JsonNode secret = resultOf(results, TestResults.SECRET.id());
        assertThat(secret.at("/suppressions/0/kind").asText()).isEqualTo("inSource");
        assertThat(secret.at("/suppressions/0/justification").asText()).isEqualTo("test fixture key");
        assertThat(secret.at("/suppressions/0/location/physicalLocation/region/startLine").asInt()).isEqualTo(3);
        assertThat(secret.get("baselineState").asText()).isEqualTo("new");
        JsonNode noCi = resultOf(results, TestResults.NO_CI.id());
        assertThat(noCi.at("/suppressions/0").has("justification")).isFalse();
        assertThat(resultOf(results, TestResults.DEEP_NESTING.id()).has("suppressions")).isFalse();
        assertThat(results).extracting(result -> result.get("ruleId").asText(),
                        result -> result.get("baselineState").asText())
                .containsExactlyInAnyOrder(tuple(TestResults.SECRET.id(), "new"), tuple(TestResults.NO_CI.id(), "new"),
                        tuple(TestResults.DEEP_NESTING.id(), "unchanged"), tuple(TestResults.CONSOLE.id(), "new"));
        assertThat(sarif.at("/runs/0/properties/comparison").toString())
                .isEqualTo("{\"baselineFile\":\"base.json\",\"new\":1,\"unchanged\":1,\"absent\":1}");
    }

    private static JsonNode resultOf(JsonNode results, String ruleId) {
        List<JsonNode> found = StreamSupport.stream(results.spliterator(), false)
                .filter(result -> result.get("ruleId").asText().equals(ruleId)).toList();
        assertThat(found).as("results of %s", ruleId).hasSize(1);
        return found.get(0);
    }

    @Test
    void jsonMarksSuppressedFindingsAndCountsComparisons() throws IOException {
        JsonNode json = JSON.readTree(new JsonReportWriter().toBytes(compared()));

        assertThat(json.at("/summary/total").asInt()).isEqualTo(2);
        assertThat(json.at("/summary/suppressed").asInt()).isEqualTo(2);
        assertThat(json.at("/summary/byLevel/error").asInt()).isZero();
        assertThat(json.at("/findings/1/suppressed").toString()).isEqualTo(
                "{\"path\":\"" + TestResults.ORDER_JAVA + "\",\"line\":3,\"reason\":\"test fixture key\"}");
        assertThat(json.at("/findings/2/suppressed").isNull()).isTrue();
        assertThat(json.at("/findings/2/baselineState").asText()).isEqualTo("unchanged");
        assertThat(json.at("/comparison/new").asInt()).isEqualTo(1);
        assertThat(json.at("/comparison/unchanged").asInt()).isEqualTo(1);
        assertThat(json.at("/comparison/absentFindings/0/path").asText()).isEqualTo("src/Gone.java");
    }

    @Test
    void textCountsActiveFindingsAndListsOnlyNewOnes() {
        String text = new TextReportWriter().render(compared());

        assertThat(text).contains("Findings: 2 (1 warning, 1 note)")
                .contains("Suppressed in the source: 2 findings")
                .contains("Compared with baseline base.json\n  1 new, 1 unchanged, 1 absent (only new findings fail")
                .contains("Where to start (new findings)")
                .contains("[" + TestResults.CONSOLE.id() + "]")
                .doesNotContain("[" + TestResults.DEEP_NESTING.id() + "]")
                .doesNotContain("[" + TestResults.SECRET.id() + "]");
    }
}
