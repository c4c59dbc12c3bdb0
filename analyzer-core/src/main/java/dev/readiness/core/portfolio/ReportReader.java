package dev.readiness.core.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.core.analysis.ToolInfo;
import dev.readiness.core.portfolio.ScanReport.CategoryMark;
import dev.readiness.core.portfolio.ScanReport.Findings;
import dev.readiness.core.portfolio.ScanReport.RuleTally;
import dev.readiness.core.report.JsonReportWriter;
import dev.readiness.core.report.ShownText;
import dev.readiness.core.score.ReadinessScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the portfolio needs from one parsed JSON file (docs/json-format.md): empty when the file is not a scan
 * report of ours (no {@code tool.name} "Repo Readiness" or no {@code schemaVersion}), a {@link PortfolioException}
 * when it is one of another major schema version or lacks a field the portfolio reads.
 */
final class ReportReader {

    /** Possessive: a greedy group repetition recurses once per repetition, and the report is anyone's file. */
    private static final Pattern VERSION = Pattern.compile("(\\d{1,9})(?:\\.\\d++)*+");

    private ReportReader() {
    }

    /** {@code file}: the path recorded in the portfolio; {@code shown}: the path messages name. */
    static Optional<ScanReport> read(JsonNode root, String file, String shown) throws PortfolioException {
        if (!root.isObject() || !ToolInfo.NAME.equals(root.at("/tool/name").textValue()) || !root.has("schemaVersion")) {
            return Optional.empty();
        }
        checkSchemaVersion(root.get("schemaVersion"), shown);
        ReportFields fields = new ReportFields(root, shown);
        ScanReport.Target target = new ScanReport.Target(
                new RepositoryKey(fields.text("/target/name"), fields.optionalText("/target/scope")),
                fields.optionalText("/target/headCommit"), fields.optionalInstant("/target/headCommitTime"),
                fields.optionalText("/target/branch"));
        return Optional.of(new ScanReport(file, fields.optionalText("/tool/version"), target, score(fields),
                findings(fields)));
    }

    /** Same major version as ours, or the report cannot be trusted to mean what we read. */
    private static void checkSchemaVersion(JsonNode version, String file) throws PortfolioException {
        String text = version.isNumber() || version.isTextual() ? version.asText() : version.toString();
        Matcher matcher = VERSION.matcher(text);
        if (!matcher.matches()) {
            String shown = text.length() > 20 ? text.substring(0, 20) + "..." : text;
            throw new PortfolioException(file + ": schemaVersion " + ShownText.of(shown)
                    + " is not a version number");
        }
        if (Integer.parseInt(matcher.group(1)) != JsonReportWriter.SCHEMA_VERSION) {
            throw new PortfolioException(file + ": JSON report schema version " + text + ", but this readiness ("
                    + ToolInfo.VERSION + ") reads schema version " + JsonReportWriter.SCHEMA_VERSION
                    + "; scan that repository again with this version");
        }
    }

    private static ScanReport.Score score(ReportFields fields) throws PortfolioException {
        ReadinessScore.Drag drag = fields.node("/score/biggestDrag").isObject()
                ? new ReadinessScore.Drag(fields.text("/score/biggestDrag/category"),
                        fields.number("/score/biggestDrag/points"))
                : null;
        return new ScanReport.Score(fields.optionalNumber("/score/overall"), fields.optionalText("/score/level"),
                weakest(fields), drag, measured(fields));
    }

    /** Every measured category with its score, in report order. */
    private static List<CategoryMark> measured(ReportFields fields) throws PortfolioException {
        List<CategoryMark> measured = new ArrayList<>();
        int categories = fields.size("/score/categories");
        for (int index = 0; index < categories; index++) {
            Double score = fields.optionalNumber("/score/categories/" + index + "/score");
            if (score != null) {
                measured.add(new CategoryMark(fields.text("/score/categories/" + index + "/id"), score));
            }
        }
        return measured;
    }

    /** The measured category with the lowest score; the first in report order on a tie. */
    private static CategoryMark weakest(ReportFields fields) throws PortfolioException {
        CategoryMark weakest = null;
        int categories = fields.size("/score/categories");
        for (int index = 0; index < categories; index++) {
            Double score = fields.optionalNumber("/score/categories/" + index + "/score");
            if (score != null && (weakest == null || score < weakest.score())) {
                weakest = new CategoryMark(fields.text("/score/categories/" + index + "/id"), score);
            }
        }
        return weakest;
    }

    /** Counts from {@code summary}; per rule, the active (unsuppressed) findings and their summed impact. */
    private static Findings findings(ReportFields fields) throws PortfolioException {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Double> points = new HashMap<>();
        List<ScanReport.FindingEntry> active = new ArrayList<>();
        int findings = fields.size("/findings");
        for (int index = 0; index < findings; index++) {
            String at = "/findings/" + index;
            JsonNode suppressed = fields.node(at + "/suppressed");
            if (suppressed.isNull() || suppressed.isMissingNode()) {
                String rule = fields.text(at + "/ruleId");
                counts.computeIfAbsent(rule, id -> new int[1])[0]++;
                Double impact = fields.optionalNumber(at + "/impact");
                points.merge(rule, impact == null ? 0 : impact, Double::sum);
                String fingerprint = fields.optionalText(at + "/fingerprints/stable");
                Double line = fields.optionalNumber(at + "/location/startLine");
                String message = fields.optionalText(at + "/message");
                active.add(new ScanReport.FindingEntry(fingerprint == null ? "" : fingerprint, rule,
                        fields.text(at + "/location/path"), line == null ? 0 : line.intValue(),
                        message == null ? "" : message));
            }
        }
        Map<String, String> summaries = ruleSummaries(fields);
        List<RuleTally> byRule = new ArrayList<>();
        counts.forEach((rule, count) -> byRule.add(new RuleTally(rule, summaries.getOrDefault(rule, ""), count[0],
                points.get(rule))));
        return new Findings(fields.count("/summary/total"), fields.count("/summary/byLevel/error"),
                fields.count("/summary/byLevel/warning"), fields.count("/summary/byLevel/note"), byRule, active);
    }

    /** Rule id to its one-sentence description, from {@code rules[]} (absent in a report written without rules). */
    private static Map<String, String> ruleSummaries(ReportFields fields) throws PortfolioException {
        Map<String, String> summaries = new HashMap<>();
        if (!fields.node("/rules").isArray()) {
            return summaries;
        }
        int rules = fields.size("/rules");
        for (int index = 0; index < rules; index++) {
            String description = fields.optionalText("/rules/" + index + "/shortDescription");
            summaries.put(fields.text("/rules/" + index + "/id"), description == null ? "" : description);
        }
        return summaries;
    }
}
