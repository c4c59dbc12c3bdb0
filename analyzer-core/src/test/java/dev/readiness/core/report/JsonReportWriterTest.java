package dev.readiness.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.RepositoryOverview;
import dev.readiness.core.metrics.Biomarker;
import dev.readiness.core.metrics.CodeHealthSummary;
import dev.readiness.core.metrics.FileHealth;
import dev.readiness.core.metrics.HealthBand;
import dev.readiness.core.metrics.ModuleTestMetrics;
import dev.readiness.core.metrics.TestMetrics;
import dev.readiness.core.analysis.ScanTarget;
import dev.readiness.core.analysis.ToolInfo;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode write(AnalysisResult result) throws IOException {
        return MAPPER.readTree(new JsonReportWriter().toBytes(result));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        Iterator<String> names = node.fieldNames();
        names.forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void topLevelFieldsComeInTheDocumentedOrder() throws IOException {
        JsonNode json = write(TestResults.sample());

        assertThat(keys(json)).containsExactly("schemaVersion", "tool", "target", "scannedAt", "config", "architectureAnalysis",
                "score", "plan", "trend", "modules", "summary", "comparison", "metrics", "testing", "codeHealth", "overview", "rules", "findings",
                "notifications");
        assertThat(json.get("comparison").isNull()).isTrue();
        assertThat(json.get("architectureAnalysis").asText()).isEqualTo("source");
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.at("/tool/name").asText()).isEqualTo(ToolInfo.NAME);
        assertThat(json.at("/tool/version").asText()).isEqualTo(ToolInfo.VERSION);
    }

    @Test
    void overviewListsFileChangesAndEveryCycleEdgeWithTheOnesToCut() throws IOException {
        RepositoryOverview overview = new RepositoryOverview("2025-05-22",
                List.of(new RepositoryOverview.FileChanges("src/b/B.java", 4, 1, 2),
                        new RepositoryOverview.FileChanges("src/a/A.java", 9, 3, 1)),
                List.of(new RepositoryOverview.PackageCycle(List.of("a", "b"), List.of(
                        new RepositoryOverview.PackageEdge("a", "b", 5, false),
                        new RepositoryOverview.PackageEdge("b", "a", 1, true)))));
        AnalysisResult result = TestResults.builder(TestResults.TARGET, List.of()).overview(overview).build();

        JsonNode json = write(result).get("overview");

        assertThat(json.get("recentWindowStart").asText()).isEqualTo("2025-05-22");
        assertThat(json.get("fileChanges")).extracting(file -> file.get("path").asText() + " "
                + file.get("changes").asInt() + " " + file.get("recentChanges").asInt() + " " + file.get("authors").asInt())
                .containsExactly("src/a/A.java 9 3 1", "src/b/B.java 4 1 2");
        assertThat(json.at("/packageCycles/0/packages")).extracting(JsonNode::asText).containsExactly("a", "b");
        assertThat(json.at("/packageCycles/0/edges")).extracting(edge -> edge.get("from").asText() + ">"
                + edge.get("to").asText() + " " + edge.get("references").asInt() + " " + edge.get("cut").asBoolean())
                .containsExactly("a>b 5 false", "b>a 1 true");
        assertThat(write(TestResults.sample()).at("/overview/recentWindowStart").isNull()).isTrue();
    }

    @Test
    void codeHealthListsTheWeightedMeanBandSharesWorstFilesAndEveryFileWithItsBiomarkers() throws IOException {
        FileHealth messy = new FileHealth("src/Messy.java", 300, 6.0, HealthBand.YELLOW, List.of(new Biomarker(
                "complex-method", 1, 1.25, List.of("Messy.run() at line 3: cognitive complexity 30"))));
        FileHealth clean = new FileHealth("src/Clean.java", 100, 10.0, HealthBand.GREEN, List.of());
        AnalysisResult result = TestResults.builder(TestResults.TARGET, List.of())
                .measures(TestResults.METRICS, TestMetrics.EMPTY, CodeHealthSummary.of(List.of(messy, clean))).build();

        JsonNode health = write(result).get("codeHealth");

        assertThat(keys(health)).containsExactly("linesOfCode", "weightedHealth", "linesOfCodeShare", "worstFiles",
                "files");
        assertThat(health.get("weightedHealth").asDouble()).isEqualTo(7.0);
        assertThat(health.at("/linesOfCodeShare/yellow").asDouble()).isEqualTo(0.75);
        assertThat(health.get("worstFiles")).extracting(JsonNode::asText).containsExactly("src/Messy.java");
        assertThat(health.get("files")).extracting(file -> file.get("path").asText())
                .containsExactly("src/Clean.java", "src/Messy.java");
        assertThat(health.at("/files/1/band").asText()).isEqualTo("yellow");
        assertThat(health.at("/files/1/biomarkers/0/penalty").asDouble()).isEqualTo(1.25);
        assertThat(health.at("/files/1/biomarkers/0/occurrences/0").asText())
                .isEqualTo("Messy.run() at line 3: cognitive complexity 30");
        assertThat(write(TestResults.sample()).at("/codeHealth/weightedHealth").isNull()).isTrue();
    }

    @Test
    void testingMetricsCarryRatiosRoundedAndNullWhenUndefined() throws IOException {
        ModuleTestMetrics core = new ModuleTestMetrics("core", 300, 100, 3, 2, 8, 6, 1, 1, 5, 2, 1);
        ModuleTestMetrics empty = new ModuleTestMetrics("docs", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        AnalysisResult result = TestResults.builder(TestResults.TARGET, List.of())
                .measures(TestResults.METRICS, new TestMetrics(core, List.of(core, empty)), CodeHealthSummary.EMPTY).build();

        JsonNode testing = write(result).get("testing");

        assertThat(testing.at("/overall/testToProductionRatio").asDouble()).isEqualTo(0.3333);
        assertThat(testing.at("/overall/testedClassShare").asDouble()).isEqualTo(0.6667);
        assertThat(testing.at("/overall/realOracleShare").asDouble()).isEqualTo(0.75);
        assertThat(testing.at("/overall/smellsPer100Tests").asDouble()).isEqualTo(25.0);
        assertThat(testing.at("/overall/pyramid/shape").asText()).isEqualTo("pyramid");
        assertThat(testing.at("/overall/pyramid/endToEnd").asInt()).isEqualTo(1);
        assertThat(testing.at("/modules/1/module").asText()).isEqualTo("docs");
        assertThat(testing.at("/modules/1/realOracleShare").isNull()).isTrue();
        assertThat(testing.at("/modules/1/pyramid/shape").asText()).isEqualTo("none");
    }

    @Test
    void configNamesTheReadinessYmlUsedOrIsNull() throws IOException {
        assertThat(write(TestResults.sampleWithConfig("readiness.yml")).get("config").asText())
                .isEqualTo("readiness.yml");
        assertThat(write(TestResults.sample()).get("config").isNull()).isTrue();
    }

    @Test
    void theScoreNamesItsBiggestDragAsTheScorerComputesIt() throws IOException {
        AnalysisResult sample = TestResults.sample();

        JsonNode drag = write(sample).get("score").get("biggestDrag");

        assertThat(drag.get("category").asText()).isEqualTo(sample.score().biggestDrag().orElseThrow().category())
                .isEqualTo("context");
        assertThat(drag.get("points").asDouble()).isEqualTo(100.0); // the only measured category scores 0
    }

    @Test
    void eachFindingCarriesWhatFixingItGainsToOneDecimal() throws IOException {
        JsonNode written = write(TestResults.sampleWithErrorsWorth(2.5)).get("findings");

        assertThat(written).isNotEmpty().allSatisfy(finding -> assertThat(finding.get("impact").decimalValue())
                .isEqualByComparingTo(finding.get("level").asText().equals("error") ? "2.5" : "0.0"));
        assertThat(written).anySatisfy(finding -> assertThat(finding.get("impact").toString()).isEqualTo("2.5"));
    }

    @Test
    void targetIsCopiedWithNullsForUnknownValues() throws IOException {
        JsonNode target = write(TestResults.sample()).get("target");

        assertThat(target.toString()).isEqualTo("{\"name\":\"acme-shop\",\"scope\":\"\",\"headCommit\":"
                + "\"0123456789abcdef0123456789abcdef01234567\",\"headCommitTime\":\"2026-11-30T16:45:00Z\","
                + "\"branch\":\"main\",\"historyAvailable\":true,"
                + "\"historyStatus\":\"History available: 120 commits.\"}");

        AnalysisResult plainDirectory = TestResults.builder(new ScanTarget("dir", "sub", null, null, null, false,
                "Not a Git repository: history is not available.", null), List.of()).build();
        JsonNode other = write(plainDirectory).get("target");
        assertThat(other.get("headCommit").isNull()).isTrue();
        assertThat(other.get("headCommitTime").isNull()).isTrue();
        assertThat(other.get("branch").isNull()).isTrue();
        assertThat(other.get("scope").asText()).isEqualTo("sub");
        assertThat(other.get("historyAvailable").asBoolean()).isFalse();
    }

    @Test
    void summaryCountsByLevelCategoryAndRule() throws IOException {
        JsonNode summary = write(TestResults.sample()).get("summary");

        assertThat(summary.get("total").asInt()).isEqualTo(4);
        assertThat(summary.get("byLevel").toString()).isEqualTo("{\"error\":1,\"warning\":2,\"note\":1}");
        assertThat(summary.get("byCategory").toString()).isEqualTo("{\"context\":1,\"hygiene\":2,\"modularity\":1}");
        assertThat(summary.get("byRule").toString()).isEqualTo("{\"context/no-ci\":1,\"hygiene/console-logging\":1,"
                + "\"hygiene/hardcoded-secret\":1,\"modularity/deep-nesting\":1}");
    }

    @Test
    void summaryListsRulesWithoutFindingsAsZero() throws IOException {
        JsonNode summary = write(TestResults.result(List.of(), List.of())).get("summary");

        assertThat(summary.get("total").asInt()).isZero();
        assertThat(summary.at("/byLevel/error").asInt()).isZero();
        assertThat(summary.get("byRule")).hasSize(4);
        assertThat(summary.at("/byCategory/hygiene").asInt()).isZero();
    }

    @Test
    void metricsComeFromScanMetrics() throws IOException {
        JsonNode metrics = write(TestResults.sample()).get("metrics");

        assertThat(metrics.toString()).isEqualTo("{\"totalFiles\":15,\"filesByKind\":{\"build\":1,\"docs\":2,"
                + "\"java\":12},\"javaFiles\":12,\"javaFilesParsed\":11,\"javaFilesFailed\":1,\"javaFilesSkipped\":0,"
                + "\"linesOfCode\":1234,\"modules\":2,\"types\":15,\"fileRoles\":["
                + "{\"root\":\"src/main\",\"role\":\"production\",\"reason\":\"conventional main root\",\"files\":8},"
                + "{\"root\":\"test\",\"role\":\"test\",\"reason\":\"test directory at a module root\",\"files\":4}]}");
    }

    @Test
    void rulesCarryMetadataAndSecuritySeverityOnlyWhenSet() throws IOException {
        JsonNode rules = write(TestResults.sample()).get("rules");

        assertThat(rules).hasSize(4);
        JsonNode secret = rules.get(2);
        assertThat(keys(secret)).containsExactly("id", "name", "category", "level", "precision", "scored", "tags",
                "securitySeverity", "shortDescription");
        assertThat(secret.get("scored").asBoolean()).isTrue();
        assertThat(secret.get("id").asText()).isEqualTo("hygiene/hardcoded-secret");
        assertThat(secret.get("level").asText()).isEqualTo("error");
        assertThat(secret.get("precision").asText()).isEqualTo("high");
        assertThat(secret.get("securitySeverity").asText()).isEqualTo("7.5");
        assertThat(secret.get("tags").toString()).isEqualTo("[\"secrets\",\"external/cwe/cwe-798\"]");
        assertThat(rules.get(3).has("securitySeverity")).isFalse();
        assertThat(rules.get(3).get("precision").asText()).isEqualTo("very-high");
    }

    @Test
    void aRuleBelowThePrecisionBarIsUnscoredAndStatesItsLabels() throws IOException {
        JsonNode console = write(TestResults.sampleWithUnscoredRule()).get("rules").get(1);

        assertThat(console.get("id").asText()).isEqualTo("hygiene/console-logging");
        assertThat(console.get("level").asText()).isEqualTo("note");
        assertThat(console.get("scored").asBoolean()).isFalse();
        assertThat(console.get("measured").toString())
                .isEqualTo("{\"correct\":2,\"debatable\":3,\"wrong\":5,\"repositories\":6}");
    }

    @Test
    void findingsHaveLocationsRelatedLocationsAndFingerprints() throws IOException {
        JsonNode findings = write(TestResults.sample()).get("findings");

        assertThat(findings).hasSize(4);
        JsonNode nesting = findings.get(2);
        assertThat(keys(nesting)).containsExactly("ruleId", "level", "message", "location", "relatedLocations",
                "properties", "suppressed", "baselineState", "impact", "fixPrompt", "fingerprints");
        assertThat(nesting.get("suppressed").isNull()).isTrue();
        assertThat(nesting.get("impact").decimalValue()).isEqualByComparingTo("0.0"); // the sample has no impacts
        assertThat(nesting.get("baselineState").isNull()).isTrue();
        assertThat(nesting.get("properties").toString()).isEqualTo("{}");
        assertThat(findings.get(3).get("properties").toString()).isEqualTo("{\"analysis\":\"bytecode\"}");
        assertThat(nesting.get("ruleId").asText()).isEqualTo("modularity/deep-nesting");
        assertThat(nesting.get("level").asText()).isEqualTo("warning");
        assertThat(nesting.get("message").asText()).isEqualTo("Nesting depth 3 exceeds 2.");
        assertThat(nesting.get("location").toString()).isEqualTo("{\"path\":\"" + TestResults.ORDER_JAVA
                + "\",\"startLine\":9,\"startColumn\":0,\"endLine\":9,\"endColumn\":0,"
                + "\"symbol\":\"com.acme.Order#total(int)\"}");
        assertThat(nesting.at("/relatedLocations/0/startLine").asInt()).isEqualTo(7);
        assertThat(nesting.at("/relatedLocations/0/message").asText()).isEqualTo("outer if");
        assertThat(nesting.at("/fingerprints/stable").asText()).isEqualTo(new StableFingerprint.Fields(
                "modularity/deep-nesting", TestResults.ORDER_JAVA, "com.acme.Order#total(int)",
                StableFingerprint.normalise(TestResults.ORDER_TEXT.split("\n")[8])).fingerprint(0));
        assertThat(nesting.at("/fingerprints/primaryLocationLineHash").asText())
                .isEqualTo(PrimaryLocationLineHash.of(TestResults.ORDER_TEXT).forLine(9).orElseThrow());
        JsonNode noCi = findings.get(0);
        assertThat(noCi.at("/location/path").asText()).isEqualTo("pom.xml");
        assertThat(noCi.at("/location/symbol").asText()).isEmpty();
        assertThat(noCi.at("/fingerprints/primaryLocationLineHash").isNull()).isTrue();
    }

    @Test
    void isNeverTruncated() throws IOException {
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            many.add(TestResults.finding("hygiene/console-logging", Level.NOTE,
                    TestResults.at("F" + i + ".java", 1), "n"));
        }
        assertThat(write(TestResults.result(many, List.of())).get("findings")).hasSize(30_000);
    }

    @Test
    void notificationsAreListedWithTheirPlace() throws IOException {
        JsonNode notifications = write(TestResults.sample()).get("notifications");

        assertThat(notifications).hasSize(3);
        // ToolNotification order: by path ("" first), then line.
        assertThat(notifications.get(0).toString()).isEqualTo("{\"id\":\"history-partial\",\"level\":\"warning\","
                + "\"message\":\"Shallow clone: 1 commit.\",\"path\":\"\",\"line\":0,\"column\":0}");
        assertThat(notifications.get(1).get("id").asText()).isEqualTo("parse-error");
        assertThat(notifications.get(1).get("line").asInt()).isEqualTo(7);
        assertThat(notifications.get(1).get("column").asInt()).isEqualTo(12);
    }

    @Test
    void timingsAreExcludedByDefaultAndIncludedWhenAsked() throws IOException {
        JsonNode plain = write(TestResults.sample());
        JsonNode timed = MAPPER.readTree(new JsonReportWriter(true).toBytes(TestResults.sample()));

        assertThat(plain.has("stageMillis")).isFalse();
        assertThat(new String(new JsonReportWriter().toBytes(TestResults.sample()), StandardCharsets.UTF_8))
                .doesNotContain("\"parse\"", "stageMillis");
        assertThat(timed.get("stageMillis").toString()).isEqualTo("{\"parse\":120,\"rules\":45}");
    }

    @Test
    void timingsDoNotChangeTheDefaultOutput() {
        AnalysisResult slow = TestResults.builder(TestResults.TARGET, TestResults.sampleFindings())
                .notifications(TestResults.sampleNotifications()).stageMillis(Map.of("parse", 9_999L))
                .sources(TestResults::text).build();

        assertThat(new JsonReportWriter().toBytes(slow)).isEqualTo(new JsonReportWriter().toBytes(TestResults.sample()));
        assertThat(new JsonReportWriter(true).toBytes(slow))
                .isNotEqualTo(new JsonReportWriter(true).toBytes(TestResults.sample()));
    }

    @Test
    void isByteIdenticalForEqualInput() throws IOException {
        byte[] first = new JsonReportWriter().toBytes(TestResults.sample());
        List<Finding> reversed = new ArrayList<>(TestResults.sampleFindings());
        Collections.reverse(reversed);
        byte[] rebuilt = new JsonReportWriter().toBytes(TestResults.result(reversed, TestResults.sampleNotifications()));
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        new JsonReportWriter().write(TestResults.sample(), streamed);

        assertThat(rebuilt).isEqualTo(first);
        assertThat(streamed.toByteArray()).isEqualTo(first);
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"schemaVersion\": 1,\n").endsWith("}\n").doesNotContain("\r");
    }
}
