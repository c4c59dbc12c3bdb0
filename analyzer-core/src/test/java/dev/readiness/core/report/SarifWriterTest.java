package dev.readiness.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.FindingImpacts;
import dev.readiness.core.analysis.ToolInfo;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Region;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.score.RemediationPlan;
import dev.readiness.core.testing.SarifSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class SarifWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode parse(byte[] bytes) throws IOException {
        return MAPPER.readTree(bytes);
    }

    /** Every finding becomes a result: these tests are about the format, not the limit on notes. */
    private static JsonNode write(AnalysisResult result) throws IOException {
        return parse(new SarifWriter(SarifWriter.Options.DEFAULTS.withAllNotes(true)).toBytes(result));
    }

    private static JsonNode run(JsonNode sarif) {
        return sarif.get("runs").get(0);
    }

    private static List<String> ruleIds(JsonNode sarif) {
        List<String> ids = new ArrayList<>();
        run(sarif).at("/tool/driver/rules").forEach(rule -> ids.add(rule.get("id").asText()));
        return ids;
    }

    private static String level(JsonNode result) {
        return result.get("level").asText();
    }

    /** The one result of {@code ruleId}: results are in order of importance, so tests find them by rule. */
    private static JsonNode resultOf(JsonNode sarif, String ruleId) {
        List<JsonNode> found = StreamSupport.stream(run(sarif).get("results").spliterator(), false)
                .filter(result -> result.get("ruleId").asText().equals(ruleId)).toList();
        assertThat(found).as("results of %s", ruleId).hasSize(1);
        return found.get(0);
    }

    /** Each result's file and line, in the order the log lists them. */
    private static List<String> places(JsonNode sarif) {
        return StreamSupport.stream(run(sarif).get("results").spliterator(), false)
                .map(result -> result.at("/locations/0/physicalLocation/artifactLocation/uri").asText() + ":"
                        + result.at("/locations/0/physicalLocation/region/startLine").asInt())
                .toList();
    }

    @Test
    void eachResultIsRankedByTheScorePointsFixingItGains() throws IOException {
        JsonNode results = run(write(TestResults.sampleWithErrorsWorth(4.2))).get("results");

        assertThat(results).isNotEmpty().allSatisfy(found -> assertThat(found.get("rank").asDouble())
                .isEqualTo(level(found).equals("error") ? 4.2 : 0.0));
    }

    @Test
    void resultsAreWrittenMostImportantFirstAsEveryReportListsThem() throws IOException {
        // Report order (by path) is not importance: a note worth nothing, an error worth 0.5 points, four warnings
        // of one rule worth 3 each and a note worth 1. The first ten results hold at most three of one rule
        // (FindingPriority), so the fourth warning is held back until after them.
        List<Finding> findings = List.of(
                TestResults.finding(TestResults.CONSOLE.id(), Level.NOTE, TestResults.at("a.java", 1), "nothing"),
                TestResults.finding(TestResults.SECRET.id(), Level.ERROR, TestResults.at("b.java", 2), "half"),
                TestResults.finding(TestResults.DEEP_NESTING.id(), Level.WARNING, TestResults.at("c.java", 3), "w"),
                TestResults.finding(TestResults.DEEP_NESTING.id(), Level.WARNING, TestResults.at("c.java", 4), "w"),
                TestResults.finding(TestResults.DEEP_NESTING.id(), Level.WARNING, TestResults.at("c.java", 5), "w"),
                TestResults.finding(TestResults.DEEP_NESTING.id(), Level.WARNING, TestResults.at("c.java", 6), "w"),
                TestResults.finding(TestResults.CONSOLE.id(), Level.NOTE, TestResults.at("d.java", 7), "one"));
        AnalysisResult result = TestResults.builder(TestResults.TARGET, findings).impacts(FindingImpacts.of(findings,
                List.of(0.0, 0.5, 3.0, 3.0, 3.0, 3.0, 1.0), RemediationPlan.NONE)).build();

        JsonNode sarif = write(result);

        assertThat(places(sarif)).containsExactly("c.java:3", "c.java:4", "c.java:5", "d.java:7", "b.java:2",
                "a.java:1", "c.java:6");
        assertThat(run(sarif).get("results")).extracting(found -> found.get("rank").asDouble())
                .containsExactly(3.0, 3.0, 3.0, 1.0, 0.5, 0.0, 3.0);
    }

    /** 15 notes that sort first in report order, then 24,995 warnings and errors (every fifth is an error). */
    private static List<Finding> twentyFiveThousandTenFindings() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            findings.add(TestResults.finding(TestResults.CONSOLE.id(), Level.NOTE,
                    TestResults.at("a/N" + i + ".java", 1), "n"));
        }
        for (int i = 0; i < 24_995; i++) {
            Level level = i % 5 == 0 ? Level.ERROR : Level.WARNING;
            String rule = level == Level.ERROR ? TestResults.SECRET.id() : TestResults.DEEP_NESTING.id();
            findings.add(TestResults.finding(rule, level,
                    TestResults.at(String.format(Locale.ROOT, "b/F%05d.java", i), 1 + i % 40, "b.F" + i + "#m()"), "finding " + i));
        }
        return findings;
    }

    private static List<JsonNode> notifications(JsonNode sarif, String id) {
        List<JsonNode> found = new ArrayList<>();
        run(sarif).at("/invocations/0/toolExecutionNotifications").forEach(notification -> {
            if (notification.at("/descriptor/id").asText().equals(id)) {
                found.add(notification);
            }
        });
        return found;
    }

    @Test
    void outputIsValidAgainstTheSarifSchema() throws IOException {
        JsonNode sarif = write(TestResults.sample());

        assertThat(SarifSchema.validate(sarif)).isEmpty();
        assertThat(run(sarif).get("results")).hasSize(4);
    }

    @Test
    void theReadinessYmlUsedIsARunPropertyAndStaysSchemaValid() throws IOException {
        JsonNode withConfig = write(TestResults.sampleWithConfig("readiness.yml"));

        assertThat(SarifSchema.validate(withConfig)).isEmpty();
        assertThat(run(withConfig).at("/properties/readinessConfig").asText()).isEqualTo("readiness.yml");
        assertThat(run(write(TestResults.sample())).get("properties").has("readinessConfig")).isFalse();
    }

    @Test
    void schemaValidationCatchesBrokenOutput() throws IOException {
        // Proves the validator is really checking: break two required properties and expect complaints.
        ObjectNode sarif = (ObjectNode) write(TestResults.sample());
        sarif.remove("version");
        ((ObjectNode) run(sarif).get("results").get(0)).remove("message");

        assertThat(SarifSchema.validate(sarif)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void topLevelAndDriverFollowTheChecklist() throws IOException {
        JsonNode sarif = write(TestResults.sample());
        JsonNode driver = run(sarif).at("/tool/driver");

        assertThat(sarif.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("runs")).hasSize(1);
        assertThat(driver.get("name").asText()).isEqualTo(ToolInfo.NAME);
        assertThat(driver.get("semanticVersion").asText()).isEqualTo(ToolInfo.VERSION);
        assertThat(driver.has("informationUri")).isFalse();
        assertThat(run(sarif).at("/automationDetails/id").asText()).isEqualTo("readiness/");
        assertThat(run(sarif).get("columnKind").asText()).isEqualTo("utf16CodeUnits");
        assertThat(run(sarif).at("/originalUriBaseIds/%SRCROOT%/description/text").asText()).isNotBlank();
        assertThat(run(sarif).at("/originalUriBaseIds/%SRCROOT%").has("uri")).isFalse();
    }

    @Test
    void findingPropertiesAndTheArchitectureAnalysisAreProperties() throws IOException {
        JsonNode run = run(write(TestResults.sample()));

        assertThat(run.at("/properties/architectureAnalysis").asText()).isEqualTo("source");
        assertThat(run.get("results")).filteredOn(result -> result.at("/properties").has("analysis"))
                .extracting(result -> result.at("/properties/analysis").asText(), result -> result.get("ruleId").asText())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bytecode", TestResults.CONSOLE.id()));
        assertThat(run.get("results")).isNotEmpty().allSatisfy(result -> assertThat(result.at("/properties/fixPrompt")
                .asText()).startsWith("Fix ").contains("(" + result.get("ruleId").asText() + ")", "Done when: "));
    }

    @Test
    void automationIdCanBeChosen() throws IOException {
        byte[] bytes = new SarifWriter(SarifWriter.Options.DEFAULTS.withAutomationId("readiness/nightly"))
                .toBytes(TestResults.sample());

        assertThat(run(parse(bytes)).at("/automationDetails/id").asText()).isEqualTo("readiness/nightly");
    }

    @Test
    void aMeasuredRuleStatesItsPrecisionAndWhetherItIsScored() throws IOException {
        JsonNode sarif = write(TestResults.sampleWithUnscoredRule());
        JsonNode console = run(sarif).at("/tool/driver/rules/1");

        assertThat(console.get("id").asText()).isEqualTo("hygiene/console-logging");
        assertThat(console.at("/defaultConfiguration/level").asText()).as("below the bar: a note").isEqualTo("note");
        assertThat(console.at("/properties/precision").asText()).isEqualTo("low");
        assertThat(console.at("/properties/readiness~1measuredPrecision").asDouble()).isEqualTo(0.2);
        assertThat(console.at("/properties/readiness~1measuredWrong").asDouble()).isEqualTo(0.5);
        assertThat(console.at("/properties/readiness~1labelledFindings").asInt()).isEqualTo(10);
        assertThat(console.at("/properties/readiness~1labelledRepositories").asInt()).isEqualTo(6);
        assertThat(console.at("/properties/readiness~1belowPrecisionBar").asBoolean()).isTrue();
        assertThat(console.at("/properties/readiness~1scored").asBoolean()).isFalse();
        JsonNode unmeasured = run(sarif).at("/tool/driver/rules/0/properties");
        assertThat(unmeasured.has("readiness/measuredPrecision")).isFalse();
        assertThat(unmeasured.get("readiness/scored").asBoolean()).isTrue();
        assertThat(SarifSchema.validate(sarif)).isEmpty();
    }

    @Test
    void listsEveryRuleWithFullMetadata() throws IOException {
        // Only one rule has findings: the others must still be described.
        AnalysisResult result = TestResults.result(List.of(TestResults.sampleFindings().get(0)), List.of());
        JsonNode sarif = write(result);

        assertThat(ruleIds(sarif)).containsExactlyElementsOf(
                TestResults.RULES.stream().map(RuleMetadata::id).toList());
        assertThat(run(sarif).at("/tool/driver/rules")).hasSize(TestResults.RULES.size()).allSatisfy(rule -> {
            RuleMetadata meta = TestResults.RULES.stream()
                    .filter(m -> m.id().equals(rule.get("id").asText())).findFirst().orElseThrow();
            assertThat(rule.get("name").asText()).isEqualTo(meta.name());
            assertThat(rule.at("/shortDescription/text").asText()).isEqualTo(meta.shortDescription());
            assertThat(rule.at("/fullDescription/text").asText()).isEqualTo(meta.fullDescription());
            assertThat(rule.at("/help/text").asText()).isNotBlank();
            assertThat(rule.at("/help/markdown").asText()).isEqualTo(meta.helpMarkdown());
            assertThat(rule.at("/defaultConfiguration/level").asText()).isEqualTo(meta.defaultLevel().id());
            assertThat(rule.at("/properties/precision").asText()).isEqualTo(meta.precision().id());
            JsonNode tags = rule.at("/properties/tags");
            assertThat(tags.isArray()).isTrue();
            assertThat(tags.size()).isBetween(1, 20);
            assertThat(tags).allSatisfy(tag -> assertThat(tag.isTextual()).isTrue());
            assertThat(tags.get(0).asText()).isEqualTo(meta.category());
        });
    }

    @Test
    void securitySeverityIsAStringOnSecurityRulesOnly() throws IOException {
        JsonNode rules = run(write(TestResults.sample())).at("/tool/driver/rules");
        JsonNode secret = rules.get(2);
        JsonNode severity = secret.at("/properties/security-severity");

        // Only the security rule has a security-severity: present there, missing on the three others.
        assertThat(rules)
                .extracting(rule -> rule.get("id").asText(),
                        rule -> rule.at("/properties/security-severity").isMissingNode())
                .containsExactly(tuple(TestResults.NO_CI.id(), true), tuple(TestResults.CONSOLE.id(), true),
                        tuple(TestResults.SECRET.id(), false), tuple(TestResults.DEEP_NESTING.id(), true));
        assertThat(severity.isTextual()).as("security-severity must be a JSON string").isTrue();
        assertThat(severity.asText()).isEqualTo("7.5");
        assertThat(secret.at("/properties/tags").toString()).contains("\"security\"");
    }

    @Test
    void helpTextIsMarkdownWithoutMarkup() throws IOException {
        JsonNode secret = run(write(TestResults.sample())).at("/tool/driver/rules/2");

        assertThat(secret.get("id").asText()).isEqualTo(TestResults.SECRET.id());
        assertThat(secret.at("/help/text").asText())
                .startsWith("Hardcoded secret\n")
                .contains("A secret in code leaks.", "How to fix", "vault (https://example.org/vault)")
                .doesNotContain("**", "`", "#", "](");
    }

    @Test
    void everyResultSatisfiesTheChecksTheSchemaCannotExpress() throws IOException {
        JsonNode sarif = write(TestResults.sample());
        List<String> ruleIds = ruleIds(sarif);

        assertThat(run(sarif).get("results")).hasSize(4).allSatisfy(result -> {
            assertThat(ruleIds.get(result.get("ruleIndex").asInt())).isEqualTo(result.get("ruleId").asText());
            assertThat(result.at("/message/text").asText()).isNotBlank();
            assertThat(result.get("level").asText()).isIn("error", "warning", "note");
            JsonNode physical = result.at("/locations/0/physicalLocation");
            assertThat(physical.isObject()).as("physical location of %s", result).isTrue();
            String uri = physical.at("/artifactLocation/uri").asText();
            assertThat(uri).isNotEmpty().doesNotStartWith("/").doesNotContain("\\", ":");
            assertThat(physical.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
            assertThat(physical.at("/region/startLine").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(result.at("/partialFingerprints/readiness~1v2").asText()).hasSize(32);
        });
    }

    @Test
    void repositoryLevelFindingsKeepTheirFileAnchor() throws IOException {
        JsonNode noCi = resultOf(write(TestResults.sample()), TestResults.NO_CI.id());

        assertThat(noCi.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("pom.xml");
        assertThat(noCi.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(1);
        assertThat(noCi.at("/locations/0").has("logicalLocations")).isFalse();
    }

    @Test
    void regionsOmitUnknownColumnsAndLogicalLocationsNameTheSymbol() throws IOException {
        JsonNode sarif = write(TestResults.sample());
        JsonNode secret = resultOf(sarif, TestResults.SECRET.id());
        JsonNode nesting = resultOf(sarif, TestResults.DEEP_NESTING.id());

        assertThat(secret.at("/locations/0/physicalLocation/region").toString())
                .isEqualTo("{\"startLine\":4,\"startColumn\":39,\"endLine\":4,\"endColumn\":61}");
        assertThat(nesting.at("/locations/0/physicalLocation/region").toString())
                .isEqualTo("{\"startLine\":9,\"endLine\":9}");
        assertThat(secret.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
                .isEqualTo("com.acme.Order#KEY");
        assertThat(secret.at("/locations/0/logicalLocations/0/kind").asText()).isEqualTo("member");
        assertThat(nesting.at("/locations/0/logicalLocations/0/kind").asText()).isEqualTo("function");
        assertThat(SarifWriter.symbolKind("com.acme.Order")).isEqualTo("type");
        assertThat(SarifWriter.symbolKind("com.acme.web")).isEqualTo("namespace");
        assertThat(nesting.at("/relatedLocations/0/id").asInt()).isEqualTo(1);
        assertThat(nesting.at("/relatedLocations/0/message/text").asText()).isEqualTo("outer if");
        assertThat(nesting.at("/relatedLocations/0/physicalLocation/region/startLine").asInt()).isEqualTo(7);
    }

    @Test
    void primaryLocationLineHashMatchesThePortForThatLine() throws IOException {
        JsonNode sarif = write(TestResults.sample());
        PrimaryLocationLineHash hashes = PrimaryLocationLineHash.of(TestResults.ORDER_TEXT);

        assertThat(resultOf(sarif, TestResults.SECRET.id()).at("/partialFingerprints/primaryLocationLineHash").asText())
                .isEqualTo(hashes.forLine(4).orElseThrow());
        assertThat(resultOf(sarif, TestResults.DEEP_NESTING.id()).at("/partialFingerprints/primaryLocationLineHash")
                .asText()).isEqualTo(hashes.forLine(9).orElseThrow());
        // pom.xml has no text available: the hash is left out rather than guessed.
        assertThat(resultOf(sarif, TestResults.NO_CI.id()).get("partialFingerprints").has("primaryLocationLineHash"))
                .isFalse();
    }

    @Test
    void lineHashIsOmittedForLinesBeyondTheFile() throws IOException {
        Finding beyond = TestResults.finding(TestResults.CONSOLE.id(), Level.NOTE,
                TestResults.at(TestResults.ORDER_JAVA, 500), "far away");
        JsonNode result = run(write(TestResults.result(List.of(beyond), List.of()))).get("results").get(0);

        assertThat(result.get("partialFingerprints").has("primaryLocationLineHash")).isFalse();
        assertThat(result.get("partialFingerprints").has(StableFingerprint.KEY)).isTrue();
    }

    @Test
    void stableFingerprintIsOursAndCountsOccurrencesOfTheSameLineText() throws IOException {
        Finding first = TestResults.finding(TestResults.CONSOLE.id(), Level.NOTE,
                TestResults.at("A.java", 3, "A#m()"), "one");
        Finding second = TestResults.finding(TestResults.CONSOLE.id(), Level.NOTE,
                TestResults.at("A.java", 8, "A#m()"), "two");
        JsonNode results = run(write(TestResults.result(List.of(second, first), List.of()))).get("results");

        assertThat(results.get(0).at("/partialFingerprints/readiness~1v2").asText())
                .isEqualTo(new StableFingerprint.Fields(TestResults.CONSOLE.id(), "A.java", "A#m()", "").fingerprint(0));
        assertThat(results.get(1).at("/partialFingerprints/readiness~1v2").asText())
                .isEqualTo(new StableFingerprint.Fields(TestResults.CONSOLE.id(), "A.java", "A#m()", "").fingerprint(1));
    }

    @Test
    void percentEncodesSpacesAndNonAsciiInUris() throws IOException {
        String path = "src/main/java/My Dir/Ünïcode+1.java";
        Finding finding = TestResults.finding(TestResults.CONSOLE.id(), Level.NOTE, TestResults.at(path, 1), "here");
        JsonNode sarif = write(TestResults.result(List.of(finding), List.of()));

        assertThat(run(sarif).at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("src/main/java/My%20Dir/%C3%9Cn%C3%AFcode%2B1.java");
        assertThat(SarifSchema.validate(sarif)).isEmpty();
    }

    @Test
    void capsRelatedLocationsSoEveryResultStaysWithinTheLimit() throws IOException {
        List<Location> related = new ArrayList<>();
        for (int line = 1; line <= 5; line++) {
            related.add(Location.ofLine("B.java", line).withMessage("caller " + line));
        }
        Finding finding = new Finding(TestResults.DEEP_NESTING.id(), Level.WARNING, "many places",
                Location.ofLine("A.java", 1), related);
        SarifWriter writer = new SarifWriter(SarifWriter.Options.DEFAULTS.withMaxLocationsPerResult(3));
        JsonNode sarif = parse(writer.toBytes(TestResults.result(List.of(finding), List.of())));
        JsonNode result = run(sarif).at("/results/0");

        assertThat(result.get("locations").size() + result.get("relatedLocations").size()).isEqualTo(3);
        assertThat(result.at("/relatedLocations/1/message/text").asText()).isEqualTo("caller 2");
        assertThat(notifications(sarif, "related-locations-truncated")).singleElement()
                .satisfies(n -> assertThat(n.at("/message/text").asText()).startsWith("1 result(s)"));
    }

    @Test
    void relatedLocationsUnderTheDefaultCapAreAllKept() throws IOException {
        List<Location> related = new ArrayList<>();
        for (int line = 1; line <= 999; line++) {
            related.add(Location.ofLine("B.java", line));
        }
        Finding finding = new Finding(TestResults.DEEP_NESTING.id(), Level.WARNING, "many places",
                Location.ofLine("A.java", 1), related);
        JsonNode sarif = write(TestResults.result(List.of(finding), List.of()));

        assertThat(run(sarif).at("/results/0/relatedLocations")).hasSize(999);
        assertThat(notifications(sarif, "related-locations-truncated")).isEmpty();
    }

    @Test
    void dropsTheLeastSevereResultsBeyondMaxResults() throws IOException {
        // Report order is by path: notes come first, so plain truncation would keep the wrong ones.
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            findings.add(TestResults.finding(TestResults.CONSOLE.id(), Level.NOTE,
                    TestResults.at("a" + i + ".java", 1), "n"));
            findings.add(TestResults.finding(TestResults.DEEP_NESTING.id(), Level.WARNING,
                    TestResults.at("b" + i + ".java", 1), "w"));
            findings.add(TestResults.finding(TestResults.SECRET.id(), Level.ERROR,
                    TestResults.at("c" + i + ".java", 1), "e"));
        }
        SarifWriter writer = new SarifWriter(SarifWriter.Options.DEFAULTS.withMaxResults(4));
        JsonNode sarif = parse(writer.toBytes(TestResults.result(findings, List.of())));

        // All errors plus the first warning in report order, written most important first.
        assertThat(places(sarif)).containsExactly("c0.java:1", "c1.java:1", "c2.java:1", "b0.java:1");
        assertThat(notifications(sarif, "results-truncated")).singleElement().satisfies(n -> {
            assertThat(n.get("level").asText()).isEqualTo("warning");
            assertThat(n.at("/message/text").asText())
                    .startsWith("Dropped 5 of 9 result(s) (2 warning, 3 note).")
                    .contains("at most 4 results");
        });
        assertThat(SarifSchema.validate(sarif)).isEmpty();
    }

    @Test
    void notesNeverOutnumberErrorsAndWarningsUnlessAllNotesAreAskedFor() throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            findings.add(TestResults.finding(TestResults.CONSOLE.id(), Level.NOTE,
                    TestResults.at("a" + i + ".java", 1), "n"));
        }
        findings.add(TestResults.finding(TestResults.DEEP_NESTING.id(), Level.WARNING, TestResults.at("b.java", 1), "w"));
        AnalysisResult result = TestResults.result(findings, List.of());

        JsonNode limited = parse(new SarifWriter().toBytes(result));
        assertThat(places(limited)).containsExactly("b.java:1", "a0.java:1");
        assertThat(notifications(limited, "notes-limited")).singleElement().satisfies(n -> assertThat(
                n.at("/message/text").asText()).startsWith("2 of 3 notes were left out").contains("--sarif-all-notes"));
        assertThat(SarifSchema.validate(limited)).isEmpty();

        JsonNode all = parse(new SarifWriter(SarifWriter.Options.DEFAULTS.withAllNotes(true)).toBytes(result));
        assertThat(run(all).get("results")).hasSize(4);
        assertThat(notifications(all, "notes-limited")).isEmpty();
    }

    @Test
    void keepsTwentyFiveThousandResultsOfTwentyFiveThousandTen() throws IOException {
        AnalysisResult result = TestResults.result(twentyFiveThousandTenFindings(), List.of());
        assertThat(result.findings()).hasSize(25_010);
        assertThat(result.findings()).filteredOn(f -> f.level() == Level.NOTE).hasSize(15);
        assertThat(result.findings()).filteredOn(f -> f.level() == Level.ERROR).hasSize(4_999);

        JsonNode sarif = write(result);
        JsonNode results = run(sarif).get("results");

        assertThat(results).hasSize(25_000);
        assertThat(results).filteredOn(r -> level(r).equals("note")).hasSize(5);
        assertThat(results).filteredOn(r -> level(r).equals("error")).hasSize(4_999);
        // Within the note level the earliest in report order (by path) survive.
        assertThat(results).filteredOn(r -> level(r).equals("note"))
                .extracting(r -> r.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .containsExactly("a/N0.java", "a/N1.java", "a/N10.java", "a/N11.java", "a/N12.java");
        assertThat(notifications(sarif, "results-truncated")).singleElement()
                .satisfies(n -> assertThat(n.at("/message/text").asText())
                        .startsWith("Dropped 10 of 25010 result(s) (10 note).")
                        .contains("at most 25000 results"));
    }

    @Test
    void dropsMoreResultsWhenTheGzippedFileIsTooLarge() throws IOException {
        List<Finding> findings = new ArrayList<>();
        long seed = 42;
        for (int i = 0; i < 300; i++) {
            StringBuilder noise = new StringBuilder();
            for (int k = 0; k < 40; k++) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                noise.append(Long.toHexString(seed));
            }
            Level level = Level.values()[i % 3];
            findings.add(TestResults.finding(TestResults.DEEP_NESTING.id(), level,
                    TestResults.at("F" + i + ".java", 1), noise.toString()));
        }
        long limit = 40_000;
        SarifWriter writer = new SarifWriter(SarifWriter.Options.DEFAULTS.withMaxGzippedBytes(limit));
        byte[] bytes = writer.toBytes(TestResults.result(findings, List.of()));
        JsonNode sarif = parse(bytes);
        JsonNode results = run(sarif).get("results");

        assertThat(GzipSize.of(new SarifWriter().toBytes(TestResults.result(findings, List.of()))))
                .as("the unlimited output must be over the limit for this test to mean anything")
                .isGreaterThan(limit);
        assertThat(GzipSize.of(bytes)).isLessThanOrEqualTo(limit);
        assertThat(results.size()).isBetween(1, 299);
        // Errors go last: every error survives before any warning does, and no note survives before that.
        assertThat(results).filteredOn(r -> level(r).equals("error")).hasSize(Math.min(100, results.size()));
        assertThat(results).filteredOn(r -> level(r).equals("note")).isEmpty();
        assertThat(notifications(sarif, "results-truncated-size")).singleElement()
                .satisfies(n -> assertThat(n.at("/message/text").asText())
                        .startsWith("Dropped " + (300 - results.size()) + " more result(s)")
                        .contains(limit + " bytes"));
        assertThat(notifications(sarif, "results-truncated")).isEmpty();
    }

    @Test
    void toolNotificationsGoToTheSingleInvocation() throws IOException {
        JsonNode sarif = write(TestResults.sample());
        JsonNode invocations = run(sarif).get("invocations");

        assertThat(invocations).hasSize(1);
        assertThat(invocations.at("/0/executionSuccessful").asBoolean()).isTrue();
        JsonNode parseError = notifications(sarif, "parse-error").get(0);
        assertThat(parseError.get("level").asText()).isEqualTo("error");
        assertThat(parseError.at("/message/text").asText()).isEqualTo("Syntax error: ';' expected.");
        assertThat(parseError.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("src/main/java/com/acme/Broken.java");
        assertThat(parseError.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(7);
        assertThat(parseError.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(12);
        JsonNode skipped = notifications(sarif, "file-skipped").get(0);
        assertThat(skipped.at("/locations/0/physicalLocation").has("region")).isFalse();
        assertThat(notifications(sarif, "history-partial").get(0).has("locations")).isFalse();
    }

    @Test
    void containsNoAbsolutePathsOrMachineData() throws IOException {
        String text = new String(new SarifWriter().toBytes(TestResults.sample()), StandardCharsets.UTF_8);

        assertThat(text).doesNotContain("file:", System.getProperty("user.dir"), System.getProperty("user.home") + "/",
                "\r", "\t");
        assertThat(text).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
    }

    @Test
    void isByteIdenticalForEqualInput() throws IOException {
        SarifWriter writer = new SarifWriter();
        byte[] first = writer.toBytes(TestResults.sample());
        byte[] again = writer.toBytes(TestResults.sample());
        // Same content, built in a different order: AnalysisResult sorts, so output must not change.
        List<Finding> reversed = new ArrayList<>(TestResults.sampleFindings());
        java.util.Collections.reverse(reversed);
        byte[] rebuilt = new SarifWriter().toBytes(TestResults.result(reversed, TestResults.sampleNotifications()));
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        writer.write(TestResults.sample(), streamed);

        assertThat(again).isEqualTo(first);
        assertThat(rebuilt).isEqualTo(first);
        assertThat(streamed.toByteArray()).isEqualTo(first);
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"$schema\": ").endsWith("}\n");
    }

    @Test
    void findingsOfUnknownRulesStillGetAValidRuleIndex() throws IOException {
        Finding orphan = TestResults.finding("testing/not-registered", Level.NOTE,
                TestResults.at("A.java", 2), "orphan");
        List<RuleMetadata> rules = List.of(TestResults.SECRET);
        AnalysisResult result = AnalysisResult.builder(TestResults.TARGET, TestResults.findingsOnlyScore(rules,
                List.of(orphan))).rules(rules).findings(List.of(orphan)).build();
        JsonNode sarif = write(result);

        assertThat(ruleIds(sarif)).containsExactly(TestResults.SECRET.id(), "testing/not-registered");
        assertThat(run(sarif).at("/results/0/ruleIndex").asInt()).isEqualTo(1);
        assertThat(SarifSchema.validate(sarif)).isEmpty();
    }

    @Test
    void emptyResultIsStillAValidRun() throws IOException {
        AnalysisResult result = TestResults.builder(TestResults.TARGET, List.of()).build();
        JsonNode sarif = write(result);

        assertThat(run(sarif).get("results")).isEmpty();
        assertThat(ruleIds(sarif)).hasSize(4);
        assertThat(SarifSchema.validate(sarif)).isEmpty();
    }

    @Test
    void regionNodeKeepsKnownColumns() {
        assertThat(SarifWriter.region(new Region(3, 5, 4, 0)).toString())
                .isEqualTo("{\"startLine\":3,\"startColumn\":5,\"endLine\":4}");
    }
}
