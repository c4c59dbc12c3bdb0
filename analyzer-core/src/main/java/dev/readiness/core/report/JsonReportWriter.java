package dev.readiness.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.BaselineEntry;
import dev.readiness.core.analysis.GateComparison;
import dev.readiness.core.analysis.MergeBaseDelta;
import dev.readiness.core.analysis.RepositoryOverview;
import dev.readiness.core.analysis.ScanMetrics;
import dev.readiness.core.metrics.Biomarker;
import dev.readiness.core.metrics.CodeHealthSummary;
import dev.readiness.core.metrics.FileHealth;
import dev.readiness.core.metrics.FileRisk;
import dev.readiness.core.metrics.HealthBand;
import dev.readiness.core.metrics.ModuleTestMetrics;
import dev.readiness.core.metrics.TestMetrics;
import dev.readiness.core.analysis.ScanTarget;
import dev.readiness.core.analysis.ToolInfo;
import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.analysis.TrackRecord;
import dev.readiness.core.analysis.Trend;
import dev.readiness.core.rule.BaselineState;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.score.RemediationPlan;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Our own JSON report, documented field by field in docs/json-format.md. Unlike SARIF it is never
 * truncated. Keys come in a fixed order and stage timings are left out unless asked for, so two scans of
 * the same input give byte-identical files that can be diffed or committed.
 */
public final class JsonReportWriter {

    /** Bump when a field is removed or changes meaning; adding fields keeps the version. */
    public static final int SCHEMA_VERSION = 1;
    /** How many of the least healthy files {@code codeHealth.worstFiles} names. */
    static final int WORST_FILES = 10;

    private final boolean includeTimings;

    public JsonReportWriter() {
        this(false);
    }

    /** @param includeTimings also write {@code stageMillis}, which differ from run to run */
    public JsonReportWriter(boolean includeTimings) {
        this.includeTimings = includeTimings;
    }

    /** Writes the JSON report of {@code result} to {@code out} and flushes it. */
    public void write(AnalysisResult result, OutputStream out) throws IOException {
        out.write(toBytes(result));
        out.flush();
    }

    /** The JSON report of {@code result}, UTF-8, byte-identical for the same result. */
    public byte[] toBytes(AnalysisResult result) {
        ObjectNode root = JsonOutput.object();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", ToolInfo.NAME);
        tool.put("version", ToolInfo.VERSION);
        root.set("target", target(result.target()));
        root.put("scannedAt", result.scannedAt() == null ? null : result.scannedAt().toString());
        root.put("config", result.target() == null ? null : result.target().config());
        root.put("architectureAnalysis", result.architectureAnalysis());
        root.set("score", ScoreJson.of(result.score()));
        root.set("plan", plan(result.impacts().plan()));
        root.set("trend", result.trend() == null ? null : trend(result.trend()));
        ArrayNode modules = root.putArray("modules");
        result.modules().forEach(module -> modules.addObject().put("directory", module.directory())
                .put("area", module.area()).put("linesOfCode", module.linesOfCode()).put("findings", module.findings())
                .set("score", ScoreJson.of(module.score())));
        root.set("summary", summary(result));
        root.set("comparison", comparison(result));
        root.set("metrics", metrics(result.metrics()));
        root.set("testing", testing(result.testMetrics()));
        root.set("codeHealth", codeHealth(result.codeHealth(), result.overview()));
        if (result.trackRecord() != null) {
            root.set("trackRecord", trackRecord(result.trackRecord()));
        }
        root.set("overview", overview(result.overview()));
        ArrayNode rules = root.putArray("rules");
        result.rules().forEach(rule -> rules.add(rule(rule)));
        root.set("findings", findings(result));
        ArrayNode notifications = root.putArray("notifications");
        result.notifications().forEach(notification -> notifications.add(notification(notification)));
        if (includeTimings) {
            ObjectNode timings = root.putObject("stageMillis");
            new TreeMap<>(result.stageMillis()).forEach(timings::put);
        }
        return JsonOutput.toBytes(root);
    }

    /** The remediation plan: each step's rule, files, findings (path and line), gain, score after it and effort. */
    private static ObjectNode plan(RemediationPlan plan) {
        ObjectNode node = JsonOutput.object();
        node.put("scoreBefore", plan.scoreBefore());
        node.put("scoreAfter", plan.scoreAfter().orElse(null));
        ArrayNode steps = node.putArray("steps");
        for (RemediationPlan.Step step : plan.steps()) {
            ObjectNode entry = steps.addObject();
            entry.put("kind", step.kind().id());
            entry.put("ruleId", step.ruleId());
            entry.put("subject", step.subject());
            entry.put("gain", step.gain());
            entry.put("scoreAfter", step.scoreAfter());
            entry.put("levelAfter", step.levelAfter().label());
            entry.put("effort", step.effort().name().toLowerCase(Locale.ROOT));
            entry.put("effortHours", step.hours());
            ArrayNode paths = entry.putArray("paths");
            step.paths().forEach(paths::add);
            ArrayNode findings = entry.putArray("findings");
            step.findings().forEach(finding -> findings.addObject().put("path", finding.location().path())
                    .put("line", finding.location().region().startLine()));
        }
        return node;
    }

    /** What changed since the report given to --compare: scores then and now, findings new and gone. */
    private static ObjectNode trend(Trend trend) {
        ObjectNode node = JsonOutput.object();
        node.put("previousReport", trend.previousFile());
        node.put("previousCommit", trend.previousCommit());
        node.put("previousCommitTime", trend.previousCommitTime() == null ? null : trend.previousCommitTime().toString());
        node.set("overall", change(trend.overall()));
        ObjectNode categories = node.putObject("categories");
        trend.categories().forEach(category -> categories.set(category.category(), change(category.change())));
        ArrayNode added = node.putArray("newFindings");
        trend.newFindings().forEach(finding -> added.addObject().put("ruleId", finding.ruleId())
                .put("path", finding.location().path()).put("line", finding.location().region().startLine())
                .put("message", finding.message()));
        ArrayNode gone = node.putArray("goneFindings");
        trend.goneFindings().forEach(finding -> gone.addObject().put("ruleId", finding.ruleId())
                .put("path", finding.path()).put("line", finding.line()).put("message", finding.message()));
        return node;
    }

    private static ObjectNode change(Trend.Change change) {
        ObjectNode node = JsonOutput.object();
        node.put("before", change.before());
        node.put("now", change.now());
        node.put("change", change.change());
        return node;
    }

    private static ObjectNode trackRecord(TrackRecord record) {
        ObjectNode node = JsonOutput.object();
        if (!record.available()) {
            node.put("unavailable", record.unavailable());
            return node;
        }
        node.put("t0Commit", record.t0Commit());
        node.put("t0Time", record.t0Time().toString());
        node.put("endTime", record.endTime().toString());
        node.put("window", record.window());
        node.put("fixCommits", record.fixCommits());
        node.put("filesRanked", record.filesRanked());
        node.put("filesWithFixes", record.filesWithFixes());
        node.put("judged", record.judged());
        ObjectNode flagged = node.putObject("flaggedHotspots");
        flagged.put("files", record.flaggedFiles());
        JsonOutput.putRatio(flagged, "codeShare", record.flaggedCodeShare());
        JsonOutput.putRatio(flagged, "fixShare", record.flaggedFixShare());
        ObjectNode auc = node.putObject("auc");
        JsonOutput.putRatio(auc, "risk", record.riskAuc());
        JsonOutput.putRatio(auc, "changes", record.changesAuc());
        JsonOutput.putRatio(auc, "size", record.sizeAuc());
        return node;
    }

    private static ObjectNode target(ScanTarget target) {
        ObjectNode node = JsonOutput.object();
        if (target == null) {
            return node;
        }
        node.put("name", target.name());
        node.put("scope", target.scope() == null ? "" : target.scope());
        node.put("headCommit", target.headCommit());
        node.put("headCommitTime", target.headCommitTime() == null ? null : target.headCommitTime().toString());
        node.put("branch", target.branch());
        node.put("historyAvailable", target.historyAvailable());
        node.put("historyStatus", target.historyStatus());
        return node;
    }

    /**
     * What findings were compared against (null when nothing was): the baseline file and/or Git ref, counts
     * of active findings new and unchanged, and the baseline entries no finding matched any more.
     */
    private static ObjectNode comparison(AnalysisResult result) {
        GateComparison comparison = result.comparison();
        if (!comparison.isActive()) {
            return null;
        }
        ObjectNode node = JsonOutput.object();
        node.put("baselineFile", comparison.baselineFile());
        node.put("newSince", comparison.newSinceRef());
        node.put("mergeBase", comparison.mergeBase());
        node.put("new", result.count(BaselineState.NEW));
        node.put("unchanged", result.count(BaselineState.UNCHANGED));
        node.put("absent", comparison.absent().size());
        ArrayNode absent = node.putArray("absentFindings");
        for (BaselineEntry entry : comparison.absent()) {
            ObjectNode item = absent.addObject();
            item.put("fingerprint", entry.fingerprint());
            item.put("ruleId", entry.ruleId());
            item.put("path", entry.path());
            item.put("symbol", entry.symbol());
        }
        delta(comparison.delta(), node);
        return node;
    }

    /**
     * With --new-since: the score at the merge base and its change, and each changed production file's code health
     * then and now; null fields without a ref.
     */
    private static void delta(MergeBaseDelta delta, ObjectNode node) {
        node.put("mergeBaseScore", delta == null ? null : delta.score().before());
        node.put("scoreChange", delta == null ? null : delta.score().change());
        if (delta == null) {
            node.putNull("changedFiles");
            return;
        }
        ArrayNode files = node.putArray("changedFiles");
        for (MergeBaseDelta.FileChange file : delta.files()) {
            ObjectNode item = files.addObject();
            item.put("path", file.path());
            item.put("previousPath", file.previousPath());
            item.put("mergeBaseHealth", file.before());
            item.put("health", file.now());
            item.put("healthChange", file.change());
        }
    }

    /**
     * Every level, every category and every rule that ran appear, with 0 when nothing was found. Counts
     * active findings only; suppressed ones are counted apart.
     */
    private static ObjectNode summary(AnalysisResult result) {
        ObjectNode node = JsonOutput.object();
        node.put("total", result.activeCount());
        node.put("suppressed", result.suppressedCount());
        ObjectNode byLevel = node.putObject("byLevel");
        for (Level level : Level.values()) {
            byLevel.put(level.id(), result.count(level));
        }
        Map<String, Long> byCategory = new TreeMap<>();
        Map<String, Long> byRule = new TreeMap<>();
        for (RuleMetadata rule : result.rules()) {
            byCategory.putIfAbsent(rule.category(), 0L);
            byRule.putIfAbsent(rule.id(), 0L);
        }
        byCategory.putAll(result.countsByCategory());
        byRule.putAll(result.countsByRule());
        byCategory.forEach(node.putObject("byCategory")::put);
        byRule.forEach(node.putObject("byRule")::put);
        return node;
    }

    private static ObjectNode metrics(ScanMetrics metrics) {
        ObjectNode node = JsonOutput.object();
        if (metrics == null) {
            return node;
        }
        node.put("totalFiles", metrics.totalFiles());
        metrics.filesByKind().forEach(node.putObject("filesByKind")::put);
        node.put("javaFiles", metrics.javaFiles());
        node.put("javaFilesParsed", metrics.javaFilesParsed());
        node.put("javaFilesFailed", metrics.javaFilesFailed());
        node.put("javaFilesSkipped", metrics.javaFilesSkipped());
        node.put("linesOfCode", metrics.linesOfCode());
        node.put("modules", metrics.modules());
        node.put("types", metrics.types());
        ArrayNode roles = node.putArray("fileRoles");
        metrics.fileRoles().forEach(decision -> {
            ObjectNode role = roles.addObject();
            role.put("root", decision.root());
            role.put("role", decision.role());
            role.put("reason", decision.reason());
            role.put("files", decision.files());
        });
        return node;
    }

    private static ObjectNode testing(TestMetrics metrics) {
        ObjectNode node = JsonOutput.object();
        node.set("overall", moduleTesting(metrics.overall()));
        ArrayNode modules = node.putArray("modules");
        metrics.modules().forEach(module -> modules.add(moduleTesting(module)));
        ObjectNode evidence = node.putObject("evidence");
        evidence.put("reports", metrics.evidence().reports());
        evidence.put("lineCoverage", rounded(metrics.evidence().lineCoverage()));
        evidence.put("mutationScore", rounded(metrics.evidence().mutationScore()));
        evidence.put("testStrength", rounded(metrics.evidence().testStrength()));
        return node;
    }

    /** Repository-level code health, the least healthy files and every production file's health. */
    /**
     * With history ({@code overview.recentWindowStart()} set), each file's {@link FileRisk} and the changes it rests
     * on; without, no risk: size alone would pass for it.
     */
    private static ObjectNode codeHealth(CodeHealthSummary health, RepositoryOverview overview) {
        Map<String, Integer> recentChanges = new HashMap<>();
        overview.fileChanges().forEach(file -> recentChanges.put(file.path(), file.recentChanges()));
        boolean history = overview.recentWindowStart() != null;
        ObjectNode node = JsonOutput.object();
        node.put("linesOfCode", health.linesOfCode());
        node.put("weightedHealth", health.weightedHealth());
        ObjectNode bands = node.putObject("linesOfCodeShare");
        bands.put(HealthBand.GREEN.id(), health.greenShare());
        bands.put(HealthBand.YELLOW.id(), health.yellowShare());
        bands.put(HealthBand.RED.id(), health.redShare());
        ArrayNode worst = node.putArray("worstFiles");
        health.worst(WORST_FILES).forEach(file -> worst.add(file.path()));
        ArrayNode files = node.putArray("files");
        for (FileHealth file : health.files()) {
            ObjectNode entry = files.addObject();
            entry.put("path", file.path());
            entry.put("linesOfCode", file.linesOfCode());
            entry.put("health", file.health());
            entry.put("band", file.band().id());
            if (history) {
                int changes = recentChanges.getOrDefault(file.path(), 0);
                entry.put("recentChanges", changes);
                JsonOutput.putRatio(entry, "risk", FileRisk.of(file.linesOfCode(), changes));
            }
            ArrayNode biomarkers = entry.putArray("biomarkers");
            for (Biomarker biomarker : file.biomarkers()) {
                ObjectNode marker = biomarkers.addObject();
                marker.put("id", biomarker.id());
                marker.put("count", biomarker.count());
                marker.put("penalty", biomarker.penalty());
                ArrayNode occurrences = marker.putArray("occurrences");
                biomarker.occurrences().forEach(occurrences::add);
            }
        }
        return node;
    }

    /** The change counts and cycle edges the HTML report draws, for dashboards of one's own. */
    private static ObjectNode overview(RepositoryOverview overview) {
        ObjectNode node = JsonOutput.object();
        node.put("recentWindowStart", overview.recentWindowStart());
        ArrayNode changes = node.putArray("fileChanges");
        for (RepositoryOverview.FileChanges file : overview.fileChanges()) {
            ObjectNode entry = changes.addObject();
            entry.put("path", file.path());
            entry.put("changes", file.changes());
            entry.put("recentChanges", file.recentChanges());
            entry.put("authors", file.authors());
        }
        ArrayNode cycles = node.putArray("packageCycles");
        for (RepositoryOverview.PackageCycle cycle : overview.packageCycles()) {
            ObjectNode entry = cycles.addObject();
            ArrayNode packages = entry.putArray("packages");
            cycle.packages().forEach(packages::add);
            ArrayNode edges = entry.putArray("edges");
            for (RepositoryOverview.PackageEdge edge : cycle.edges()) {
                ObjectNode item = edges.addObject();
                item.put("from", edge.from());
                item.put("to", edge.to());
                item.put("references", edge.references());
                item.put("cut", edge.cut());
            }
        }
        return node;
    }

    private static ObjectNode moduleTesting(ModuleTestMetrics metrics) {
        ObjectNode node = JsonOutput.object();
        node.put("module", metrics.module());
        node.put("productionLinesOfCode", metrics.productionLinesOfCode());
        node.put("testLinesOfCode", metrics.testLinesOfCode());
        node.put("testToProductionRatio", rounded(metrics.testToProductionRatio()));
        node.put("productionClasses", metrics.productionClasses());
        node.put("testedProductionClasses", metrics.testedProductionClasses());
        node.put("testedClassShare", rounded(metrics.testedClassShare()));
        node.put("tests", metrics.tests());
        node.put("testsWithRealOracle", metrics.testsWithRealOracle());
        node.put("mockOnlyTests", metrics.mockOnlyTests());
        node.put("assertionFreeTests", metrics.assertionFreeTests());
        node.put("realOracleShare", rounded(metrics.realOracleShare()));
        node.put("smellsPer100Tests", rounded(metrics.smellsPer100Tests()));
        ObjectNode pyramid = node.putObject("pyramid");
        pyramid.put("unit", metrics.unitTests());
        pyramid.put("integration", metrics.integrationTests());
        pyramid.put("endToEnd", metrics.endToEndTests());
        pyramid.put("shape", metrics.pyramidShape());
        return node;
    }

    /** Four decimals, so the report is byte-identical across platforms; null stays null. */
    private static Double rounded(Double value) {
        return value == null ? null : Math.round(value * 10_000) / 10_000.0;
    }

    private static ObjectNode rule(RuleMetadata rule) {
        ObjectNode node = JsonOutput.object();
        node.put("id", rule.id());
        node.put("name", rule.name());
        node.put("category", rule.category());
        node.put("level", rule.defaultLevel().id());
        node.put("precision", rule.precision().id());
        node.put("scored", rule.scored());
        rule.measuredPrecision().ifPresent(measured -> node.putObject("measured")
                .put("correct", measured.trueFindings()).put("debatable", measured.debatable())
                .put("wrong", measured.falseFindings()).put("repositories", measured.repositories()));
        ArrayNode tags = node.putArray("tags");
        rule.tags().forEach(tags::add);
        if (rule.isSecurityRule()) {
            node.put("securitySeverity", rule.securitySeverity());
        }
        node.put("shortDescription", rule.shortDescription());
        return node;
    }

    private static ArrayNode findings(AnalysisResult result) {
        ArrayNode array = JsonOutput.NODES.arrayNode();
        List<Finding> findings = result.findings();
        List<String> stable = StableFingerprint.of(findings, result.sources());
        LineHashes lineHashes = new LineHashes(result.sources());
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            ObjectNode node = array.addObject();
            node.put("ruleId", finding.ruleId());
            node.put("level", finding.level().id());
            node.put("message", finding.message());
            node.set("location", location(finding.location(), false));
            ArrayNode related = node.putArray("relatedLocations");
            finding.relatedLocations().forEach(place -> related.add(location(place, true)));
            finding.properties().forEach(node.putObject("properties")::put);
            node.set("suppressed", suppression(finding));
            node.put("baselineState", finding.baselineState() == null ? null : finding.baselineState().id());
            JsonOutput.putOneDecimal(node, "impact", finding.isActive() ? result.impacts().of(finding) : 0);
            node.put("fixPrompt", FixPrompts.of(result, finding));
            ObjectNode fingerprints = node.putObject("fingerprints");
            fingerprints.put("stable", stable.get(i));
            // null rather than absent, so every finding has the same fields.
            fingerprints.put("primaryLocationLineHash", lineHashes
                    .hash(finding.location().path(), finding.location().region().startLine()).orElse(null));
        }
        return array;
    }

    /** null when the finding is active; else where the marker is and its reason ("" when none was given). */
    private static ObjectNode suppression(Finding finding) {
        if (!finding.isSuppressed()) {
            return null;
        }
        ObjectNode node = JsonOutput.object();
        node.put("path", finding.suppression().path());
        node.put("line", finding.suppression().line());
        node.put("reason", finding.suppression().reason());
        return node;
    }

    private static ObjectNode location(Location location, boolean withMessage) {
        ObjectNode node = JsonOutput.object();
        node.put("path", location.path());
        node.put("startLine", location.region().startLine());
        node.put("startColumn", location.region().startColumn());
        node.put("endLine", location.region().endLine());
        node.put("endColumn", location.region().endColumn());
        node.put("symbol", location.enclosingSymbol());
        if (withMessage) {
            node.put("message", location.message());
        }
        return node;
    }

    private static ObjectNode notification(ToolNotification notification) {
        ObjectNode node = JsonOutput.object();
        node.put("id", notification.id());
        node.put("level", notification.level().id());
        node.put("message", notification.message());
        node.put("path", notification.path());
        node.put("line", notification.line());
        node.put("column", notification.column());
        return node;
    }
}
