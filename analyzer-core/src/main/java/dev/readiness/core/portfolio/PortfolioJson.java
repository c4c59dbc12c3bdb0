package dev.readiness.core.portfolio;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.analysis.ToolInfo;
import dev.readiness.core.report.JsonOutput;

/**
 * {@code readiness portfolio --format json} (docs/portfolio.md): keys in a fixed order, scores and points to one
 * decimal, so the same reports give the same bytes. It carries no {@code schemaVersion}, so a later portfolio over
 * a directory holding it skips it instead of reading it as a scan report.
 */
public final class PortfolioJson {

    /** Bump when a field is removed or changes meaning; adding fields keeps the version. */
    public static final int PORTFOLIO_SCHEMA_VERSION = 1;

    private PortfolioJson() {
    }

    public static byte[] write(Portfolio portfolio) {
        ObjectNode root = JsonOutput.object();
        root.put("portfolioSchemaVersion", PORTFOLIO_SCHEMA_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", ToolInfo.NAME);
        tool.put("version", ToolInfo.VERSION);
        root.put("reports", portfolio.reports());
        root.put("repositoryCount", portfolio.repositories().size());
        ArrayNode repositories = root.putArray("repositories");
        portfolio.repositories().forEach(repository -> repositories.add(repository(repository)));
        ArrayNode problems = root.putArray("problems");
        portfolio.problems().forEach(problem -> problems.add(problem(problem)));
        ArrayNode trends = root.putArray("trends");
        portfolio.trends().forEach(repository -> trends.add(trend(repository)));
        return JsonOutput.toBytes(root);
    }

    private static ObjectNode repository(RepositoryHistory repository) {
        ScanReport report = repository.latest();
        ObjectNode node = key(report.key());
        node.put("score", report.score().overall());
        node.put("level", report.score().level());
        ScanReport.CategoryMark weakest = report.score().weakest();
        if (weakest == null) {
            node.putNull("weakestCategory");
        } else {
            ObjectNode category = node.putObject("weakestCategory");
            category.put("id", weakest.category());
            JsonOutput.putOneDecimal(category, "score", weakest.score());
        }
        if (report.score().biggestDrag() == null) {
            node.putNull("biggestDrag");
        } else {
            ObjectNode drag = node.putObject("biggestDrag");
            drag.put("category", report.score().biggestDrag().category());
            JsonOutput.putOneDecimal(drag, "points", report.score().biggestDrag().points());
        }
        ObjectNode findings = node.putObject("findings");
        findings.put("total", report.findings().total());
        findings.put("error", report.findings().errors());
        findings.put("warning", report.findings().warnings());
        findings.put("note", report.findings().notes());
        commit(node, report);
        node.put("branch", report.target().branch());
        node.put("toolVersion", report.toolVersion());
        node.put("reports", repository.reports());
        return node;
    }

    private static ObjectNode problem(Problem problem) {
        ObjectNode node = JsonOutput.object();
        node.put("ruleId", problem.ruleId());
        node.put("shortDescription", problem.summary());
        node.put("repositoryCount", problem.repositories().size());
        node.put("findings", problem.findings());
        JsonOutput.putOneDecimal(node, "points", problem.points());
        ArrayNode repositories = node.putArray("repositories");
        problem.repositories().forEach(key -> repositories.add(key(key)));
        return node;
    }

    private static ObjectNode trend(RepositoryHistory repository) {
        ObjectNode node = key(repository.key());
        node.put("reports", repository.reports());
        node.set("first", point(repository.first()));
        node.set("latest", point(repository.latest()));
        node.put("change", repository.change());
        return node;
    }

    private static ObjectNode point(ScanReport report) {
        ObjectNode node = JsonOutput.object();
        commit(node, report);
        node.put("score", report.score().overall());
        node.put("level", report.score().level());
        return node;
    }

    private static void commit(ObjectNode node, ScanReport report) {
        node.put("headCommit", report.target().headCommit());
        node.put("headCommitTime", report.target().headCommitTime() == null ? null
                : report.target().headCommitTime().toString());
        node.put("report", report.file());
    }

    private static ObjectNode key(RepositoryKey key) {
        ObjectNode node = JsonOutput.object();
        node.put("name", key.name());
        node.put("scope", key.scope());
        return node;
    }
}
