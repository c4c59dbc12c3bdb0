package dev.readiness.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.FindingPriority;
import dev.readiness.core.analysis.GateComparison;
import dev.readiness.core.analysis.Trend;
import dev.readiness.core.analysis.ToolInfo;
import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.score.ReadinessScore;
import dev.readiness.core.rule.BaselineState;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Region;
import dev.readiness.core.rule.RuleMetadata;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes an {@link AnalysisResult} as SARIF 2.1.0 shaped for GitHub code scanning (see DESIGN.md, "Outputs").
 * The output is byte-identical for equal input: no timestamps, no absolute paths, fixed key order.
 */
public final class SarifWriter {

    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String SRCROOT = "%SRCROOT%";

    /**
     * Limits follow GitHub's upload limits; {@code automationId} is the code scanning category. Unless
     * {@code allNotes}, notes never outnumber errors and warnings: the rest stay in the JSON report.
     */
    public record Options(String automationId, int maxResults, int maxLocationsPerResult, long maxGzippedBytes,
                          boolean allNotes) {

        public static final Options DEFAULTS = new Options("readiness/", 25_000, 1_000, 10L * 1024 * 1024, false);

        public Options {
            Objects.requireNonNull(automationId, "automationId");
            if (automationId.isBlank()) {
                throw new IllegalArgumentException("automationId must not be blank");
            }
            if (maxResults < 0 || maxLocationsPerResult < 1 || maxGzippedBytes < 1) {
                throw new IllegalArgumentException("limits must be positive (maxResults may be 0)");
            }
        }

        public Options withAutomationId(String id) {
            return new Options(id, maxResults, maxLocationsPerResult, maxGzippedBytes, allNotes);
        }

        public Options withMaxResults(int max) {
            return new Options(automationId, max, maxLocationsPerResult, maxGzippedBytes, allNotes);
        }

        public Options withMaxLocationsPerResult(int max) {
            return new Options(automationId, maxResults, max, maxGzippedBytes, allNotes);
        }

        public Options withMaxGzippedBytes(long max) {
            return new Options(automationId, maxResults, maxLocationsPerResult, max, allNotes);
        }

        public Options withAllNotes(boolean all) {
            return new Options(automationId, maxResults, maxLocationsPerResult, maxGzippedBytes, all);
        }
    }

    private final Options options;

    public SarifWriter() {
        this(Options.DEFAULTS);
    }

    public SarifWriter(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Writes the SARIF log of {@code result} to {@code out} and flushes it. */
    public void write(AnalysisResult result, OutputStream out) throws IOException {
        out.write(toBytes(result));
        out.flush();
    }

    /** The SARIF 2.1.0 log of {@code result}, UTF-8, byte-identical for the same result. */
    public byte[] toBytes(AnalysisResult result) {
        List<Finding> findings = result.findings();
        Map<String, Integer> ruleIndex = new HashMap<>();
        ArrayNode rules = rules(result, ruleIndex);

        // Fingerprints are computed over all findings before any is dropped, so the occurrence index in a
        // stable fingerprint does not depend on the truncation limits.
        List<String> stable = StableFingerprint.of(findings, result.sources());
        LineHashes lineHashes = new LineHashes(result.sources());
        int cappedRelated = 0;
        List<ObjectNode> resultNodes = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            cappedRelated += finding.relatedLocations().size() > options.maxLocationsPerResult() - 1 ? 1 : 0;
            resultNodes.add(resultNode(finding, ruleIndex.get(finding.ruleId()), stable.get(i), lineHashes,
                    finding.isActive() ? result.impacts().of(finding) : 0, FixPrompts.of(result, finding)));
        }

        List<ObjectNode> notifications = new ArrayList<>();
        result.notifications().forEach(notification -> notifications.add(notificationNode(notification)));
        if (cappedRelated > 0) {
            notifications.add(toolNotification("related-locations-truncated", Level.NOTE, cappedRelated
                    + " result(s) had more than " + (options.maxLocationsPerResult() - 1)
                    + " related locations; the rest were left out to stay within "
                    + options.maxLocationsPerResult() + " locations per result."));
        }

        RunContent content = new RunContent(rules, resultNodes,
                result.target() == null ? null : result.target().config(), result.architectureAnalysis(),
                result.score(), comparison(result), trend(result));
        ResultSelection selection = ResultSelection.bySeverity(findings);
        long notes = findings.stream().filter(finding -> finding.level() == Level.NOTE).count();
        int severe = (int) (findings.size() - notes);
        int noteLimited = options.allNotes() || notes <= severe ? findings.size() : 2 * severe;
        if (noteLimited < findings.size()) {
            notifications.add(toolNotification("notes-limited", Level.NOTE, (notes - severe) + " of " + notes
                    + " notes were left out so that notes do not outnumber the " + severe + " errors and warnings;"
                    + " the JSON report lists all findings (scan --sarif-all-notes keeps them here)."));
        }
        int keep = Math.min(noteLimited, options.maxResults());
        if (keep < noteLimited) {
            notifications.add(toolNotification("results-truncated", Level.WARNING,
                    selection.describeDropped(keep) + " A SARIF run holds at most " + options.maxResults()
                            + " results (GitHub code scanning limit); the most severe were kept (error, then"
                            + " warning, then note). The JSON report lists all findings."));
        }
        byte[] bytes = render(content, byImportance(result, selection.kept(keep)), notifications);
        long size = GzipSize.of(bytes);
        if (size <= options.maxGzippedBytes()) {
            return bytes;
        }
        // Too big even after the count limit: drop the least severe results until the file fits.
        int countLimited = keep;
        while (size > options.maxGzippedBytes() && keep > 0) {
            keep = Math.min(keep - 1, (int) (keep * 0.9 * options.maxGzippedBytes() / size));
            List<ObjectNode> withSizeNote = new ArrayList<>(notifications);
            withSizeNote.add(toolNotification("results-truncated-size", Level.WARNING,
                    "Dropped " + (countLimited - keep) + " more result(s) of the least severe "
                            + selection.describeLevels(keep, countLimited) + " to keep the gzipped SARIF file within "
                            + options.maxGzippedBytes() + " bytes (GitHub code scanning limit)."
                            + " The JSON report lists all findings."));
            bytes = render(content, byImportance(result, selection.kept(keep)), withSizeNote);
            size = GzipSize.of(bytes);
        }
        return bytes;
    }

    /**
     * The {@code kept} finding indices in {@link FindingPriority} order, most important first: GitHub code scanning
     * shows at most 5,000 results of a run, so those must come first. Equal findings keep their report order.
     */
    private static List<Integer> byImportance(AnalysisResult result, List<Integer> kept) {
        List<Finding> findings = result.findings();
        Map<Finding, Deque<Integer>> indices = new HashMap<>();
        kept.forEach(index -> indices.computeIfAbsent(findings.get(index), finding -> new ArrayDeque<>()).add(index));
        return FindingPriority.order(result, kept.stream().map(findings::get).toList()).stream()
                .map(finding -> indices.get(finding).poll()).toList();
    }

    /**
     * The rules, every result node, the readiness.yml used (null: none) and what the architecture rules
     * analysed, built once; each rendering attempt keeps a different subset of the results.
     */
    private record RunContent(ArrayNode rules, List<ObjectNode> resultNodes, String config,
                              String architectureAnalysis, ReadinessScore score,
                              ObjectNode comparison, ObjectNode trend) {
    }

    /** With --compare: the earlier report's commit, the overall score then and now, and how many findings are new and gone. */
    private static ObjectNode trend(AnalysisResult result) {
        Trend trend = result.trend();
        if (trend == null) {
            return null;
        }
        ObjectNode node = JsonOutput.object();
        node.put("previousCommit", trend.previousCommit());
        node.put("before", trend.overall().before());
        node.put("now", trend.overall().now());
        node.put("change", trend.overall().change());
        node.put("new", trend.newFindings().size());
        node.put("gone", trend.goneFindings().size());
        return node;
    }

    /**
     * What new/unchanged was decided against, with counts; null when nothing was compared. Absent baseline
     * entries are only counted: as results they would show up as alerts on GitHub.
     */
    private static ObjectNode comparison(AnalysisResult result) {
        GateComparison comparison = result.comparison();
        if (!comparison.isActive()) {
            return null;
        }
        ObjectNode node = JsonOutput.object();
        if (comparison.baselineFile() != null) {
            node.put("baselineFile", comparison.baselineFile());
        }
        if (comparison.newSinceRef() != null) {
            node.put("newSince", comparison.newSinceRef());
            node.put("mergeBase", comparison.mergeBase());
        }
        node.put("new", result.count(BaselineState.NEW));
        node.put("unchanged", result.count(BaselineState.UNCHANGED));
        node.put("absent", comparison.absent().size());
        return node;
    }

    private byte[] render(RunContent content, List<Integer> kept, List<ObjectNode> notifications) {
        ObjectNode root = JsonOutput.object();
        root.put("$schema", SCHEMA_URI);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", ToolInfo.NAME);
        driver.put("semanticVersion", ToolInfo.VERSION);
        driver.set("rules", content.rules());

        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        ArrayNode toolNotifications = invocation.putArray("toolExecutionNotifications");
        notifications.forEach(toolNotifications::add);

        run.putObject("automationDetails").put("id", options.automationId());
        // Declared without a "uri" on purpose: an absolute file: URI would make the output depend on where
        // the repository was checked out; GitHub resolves %SRCROOT% to the checkout itself.
        run.putObject("originalUriBaseIds").putObject(SRCROOT).putObject("description")
                .put("text", "The root of the scanned repository; result paths are relative to it.");
        run.put("columnKind", "utf16CodeUnits");
        ObjectNode properties = run.putObject("properties");
        properties.put("architectureAnalysis", content.architectureAnalysis());
        if (content.config() != null) {
            properties.put("readinessConfig", content.config());
        }
        ScoreJson.addToSarifProperties(content.score(), properties);
        if (content.comparison() != null) {
            properties.set("comparison", content.comparison());
        }
        if (content.trend() != null) {
            properties.set("trend", content.trend());
        }

        ArrayNode results = run.putArray("results");
        kept.forEach(index -> results.add(content.resultNodes().get(index)));
        return JsonOutput.toBytes(root);
    }

    /** Every rule that ran, not only those with results, so GitHub can show and close alerts for all. */
    private static ArrayNode rules(AnalysisResult result, Map<String, Integer> index) {
        ArrayNode rules = JsonOutput.NODES.arrayNode();
        for (RuleMetadata rule : result.rules()) {
            index.put(rule.id(), rules.size());
            rules.add(ruleNode(rule));
        }
        // A finding of a rule missing from the metadata would otherwise have no valid ruleIndex.
        Set<String> unknown = new TreeSet<>();
        result.findings().stream().map(Finding::ruleId).filter(id -> !index.containsKey(id)).forEach(unknown::add);
        for (String id : unknown) {
            index.put(id, rules.size());
            rules.add(unknownRuleNode(id));
        }
        return rules;
    }

    private static ObjectNode ruleNode(RuleMetadata rule) {
        ObjectNode node = JsonOutput.object();
        node.put("id", rule.id());
        node.put("name", rule.name());
        node.putObject("shortDescription").put("text", rule.shortDescription());
        node.putObject("fullDescription").put("text", rule.fullDescription());
        ObjectNode help = node.putObject("help");
        help.put("text", MarkdownText.plain(rule.helpMarkdown()));
        help.put("markdown", rule.helpMarkdown());
        node.putObject("defaultConfiguration").put("level", rule.defaultLevel().id());
        ObjectNode properties = node.putObject("properties");
        ArrayNode tags = properties.putArray("tags");
        tags(rule).forEach(tags::add);
        properties.put("precision", rule.precision().id());
        rule.measuredPrecision().ifPresent(measured -> {
            properties.put("readiness/measuredPrecision", Math.round(measured.share() * 100) / 100.0);
            properties.put("readiness/measuredWrong", Math.round(measured.wrongShare() * 100) / 100.0);
            properties.put("readiness/labelledFindings", measured.labelled());
            properties.put("readiness/labelledRepositories", measured.repositories());
            properties.put("readiness/belowPrecisionBar", measured.belowBar());
        });
        properties.put("readiness/scored", rule.scored());
        if (rule.isSecurityRule()) {
            // GitHub reads security-severity only as a string.
            properties.put("security-severity", rule.securitySeverity());
        }
        return node;
    }

    /** Category first (GitHub filters by tag), "security" for security rules, then the rule's own; at most 20. */
    static List<String> tags(RuleMetadata rule) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add(rule.category());
        if (rule.isSecurityRule()) {
            tags.add("security");
        }
        tags.addAll(rule.tags());
        return tags.stream().limit(20).toList();
    }

    private static ObjectNode unknownRuleNode(String id) {
        ObjectNode node = JsonOutput.object();
        node.put("id", id);
        node.put("name", id);
        String text = "Rule " + id + " (no metadata was available).";
        node.putObject("shortDescription").put("text", text);
        node.putObject("fullDescription").put("text", text);
        node.putObject("help").put("text", text).put("markdown", text);
        node.putObject("defaultConfiguration").put("level", "warning");
        ObjectNode properties = node.putObject("properties");
        int slash = id.indexOf('/');
        properties.putArray("tags").add(slash > 0 ? id.substring(0, slash) : id);
        properties.put("precision", "medium");
        return node;
    }

    /**
     * {@code impact}: the score points fixing the finding gains, which is its SARIF rank (0 to 100); {@code fixPrompt}:
     * what an agent should do about it ({@link FixPrompts}), in {@code properties.fixPrompt}.
     */
    private ObjectNode resultNode(Finding finding, int ruleIndex, String stableFingerprint, LineHashes lineHashes,
                                  double impact, String fixPrompt) {
        ObjectNode node = JsonOutput.object();
        node.put("ruleId", finding.ruleId());
        node.put("ruleIndex", ruleIndex);
        node.put("level", finding.level().id());
        JsonOutput.putOneDecimal(node, "rank", Math.min(100, impact));
        node.putObject("message").put("text", finding.message());

        // Finding and Location reject a missing or empty path, so every result has a physical location.
        Location primary = finding.location();
        ObjectNode location = node.putArray("locations").addObject();
        location.set("physicalLocation", physicalLocation(primary.path(), primary.region()));
        if (!primary.enclosingSymbol().isEmpty()) {
            ObjectNode logical = location.putArray("logicalLocations").addObject();
            logical.put("fullyQualifiedName", primary.enclosingSymbol());
            logical.put("kind", symbolKind(primary.enclosingSymbol()));
        }

        List<Location> related = finding.relatedLocations();
        int maxRelated = options.maxLocationsPerResult() - 1;
        if (!related.isEmpty() && maxRelated > 0) {
            ArrayNode relatedNodes = node.putArray("relatedLocations");
            for (int i = 0; i < Math.min(related.size(), maxRelated); i++) {
                Location place = related.get(i);
                ObjectNode relatedNode = relatedNodes.addObject();
                relatedNode.put("id", i + 1);
                relatedNode.set("physicalLocation", physicalLocation(place.path(), place.region()));
                if (!place.message().isEmpty()) {
                    relatedNode.putObject("message").put("text", place.message());
                }
            }
        }

        if (finding.isSuppressed()) {
            ObjectNode suppression = node.putArray("suppressions").addObject();
            suppression.put("kind", "inSource");
            if (!finding.suppression().reason().isEmpty()) {
                suppression.put("justification", finding.suppression().reason());
            }
            suppression.putObject("location").set("physicalLocation", physicalLocation(
                    finding.suppression().path(), Region.line(finding.suppression().line())));
        }
        if (finding.baselineState() != null) {
            node.put("baselineState", finding.baselineState().id());
        }
        ObjectNode fingerprints = node.putObject("partialFingerprints");
        lineHashes.hash(primary.path(), primary.region().startLine())
                .ifPresent(hash -> fingerprints.put("primaryLocationLineHash", hash));
        fingerprints.put(StableFingerprint.KEY, stableFingerprint);
        ObjectNode properties = node.putObject("properties");
        finding.properties().forEach(properties::put);
        properties.put("fixPrompt", fixPrompt);
        return node;
    }

    /** {@code a.b.C#m(int)} is a method, {@code a.b.C#f} a field, {@code a.b} (lower-case last part) a package. */
    static String symbolKind(String symbol) {
        int hash = symbol.indexOf('#');
        if (hash >= 0) {
            return symbol.indexOf('(', hash) >= 0 ? "function" : "member";
        }
        String last = symbol.substring(symbol.lastIndexOf('.') + 1);
        return !last.isEmpty() && Character.isLowerCase(last.charAt(0)) ? "namespace" : "type";
    }

    static ObjectNode physicalLocation(String path, Region region) {
        ObjectNode physical = JsonOutput.object();
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", UriPaths.encode(path));
        artifact.put("uriBaseId", SRCROOT);
        if (region != null) {
            physical.set("region", region(region));
        }
        return physical;
    }

    /** SARIF treats a missing column as "whole line", which is what our column 0 means. */
    static ObjectNode region(Region region) {
        ObjectNode node = JsonOutput.object();
        node.put("startLine", region.startLine());
        if (region.startColumn() > 0) {
            node.put("startColumn", region.startColumn());
        }
        node.put("endLine", region.endLine());
        if (region.endColumn() > 0) {
            node.put("endColumn", region.endColumn());
        }
        return node;
    }

    private static ObjectNode notificationNode(ToolNotification notification) {
        ObjectNode node = toolNotification(notification.id(), notification.level(), notification.message());
        if (!notification.path().isEmpty()) {
            Region region = notification.line() > 0
                    ? new Region(notification.line(), notification.column(), notification.line(), 0)
                    : null;
            node.putArray("locations").addObject().set("physicalLocation",
                    physicalLocation(notification.path(), region));
        }
        return node;
    }

    private static ObjectNode toolNotification(String id, Level level, String message) {
        ObjectNode node = JsonOutput.object();
        node.putObject("descriptor").put("id", id);
        node.put("level", level.id());
        node.putObject("message").put("text", message);
        return node;
    }
}
