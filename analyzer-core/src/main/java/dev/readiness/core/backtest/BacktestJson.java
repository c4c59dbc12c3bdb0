package dev.readiness.core.backtest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.report.JsonOutput;

/** The backtest as JSON (docs/json-format.md, "backtest"): ratios to three decimals, so runs compare byte for byte. */
public final class BacktestJson {

    private BacktestJson() {
    }

    public static byte[] write(BacktestResult result) {
        ObjectNode root = JsonOutput.object();
        root.put("repository", result.repository());
        ObjectNode t0 = root.putObject("t0");
        t0.put("commit", result.t0Commit());
        t0.put("time", result.t0Time().toString());
        ObjectNode end = root.putObject("end");
        end.put("commit", result.endCommit());
        end.put("time", result.endTime().toString());
        root.put("window", result.window());
        root.put("fixDefinition", result.fixDefinition());
        root.put("windowCommits", result.windowCommits());
        root.put("fixCommits", result.fixCommits());
        root.put("files", result.files());
        root.put("filesWithFixes", result.filesWithFixes());
        root.put("fixTouches", result.fixTouches());
        root.put("judged", result.judged());
        ArrayNode rankings = root.putArray("rankings");
        for (BacktestResult.Ranking ranking : result.rankings()) {
            ObjectNode node = rankings.addObject();
            node.put("id", ranking.id());
            node.put("description", ranking.description());
            JsonOutput.putRatio(node, "auc", ranking.auc());
            JsonOutput.putRatio(node, "effortAwareRecall", ranking.effortAwareRecall());
            ObjectNode topTen = node.putObject("topTenFiles");
            JsonOutput.putRatio(topTen, "fixShare", ranking.topTenFixShare());
            JsonOutput.putRatio(topTen, "codeShare", ranking.topTenCodeShare());
            ObjectNode topTenth = node.putObject("topTenthOfFiles");
            JsonOutput.putRatio(topTenth, "fixShare", ranking.topTenthFixShare());
            JsonOutput.putRatio(topTenth, "codeShare", ranking.topTenthCodeShare());
            ArrayNode curve = node.putArray("effortCurve");
            ranking.effortCurve().forEach(found -> curve.add(JsonOutput.ratio(found)));
        }
        ObjectNode flagged = root.putObject("flaggedHotspots");
        flagged.put("files", result.flagged().files());
        JsonOutput.putRatio(flagged, "codeShare", result.flagged().codeShare());
        JsonOutput.putRatio(flagged, "fixShare", result.flagged().fixShare());
        ArrayNode bands = root.putArray("healthBands");
        for (BacktestResult.Band band : result.bands()) {
            ObjectNode node = bands.addObject();
            node.put("band", band.band().id());
            node.put("files", band.files());
            node.put("linesOfCode", band.linesOfCode());
            node.put("fixTouches", band.fixTouches());
            JsonOutput.putRatio(node, "fixesPerThousandLines", band.fixesPerThousandLines());
        }
        ArrayNode files = root.putArray("rankedFiles");
        for (BacktestResult.FileRow row : result.fileRows()) {
            ObjectNode node = files.addObject();
            node.put("path", row.path());
            node.put("linesOfCode", row.linesOfCode());
            JsonOutput.putRatio(node, "health", row.health());
            node.put("recentChanges", row.recentChanges());
            node.put("changes", row.changes());
            node.put("recentChurn", row.recentChurn());
            node.put("recentAuthors", row.recentAuthors());
            node.put("recentFixes", row.recentFixes());
            node.put("ageDays", row.ageDays());
            ArrayNode biomarkers = node.putArray("biomarkers");
            row.biomarkers().forEach(biomarkers::add);
            node.put("functions", row.design().functions());
            node.put("complexConditionals", row.design().complexConditionals());
            node.put("parameters", row.design().parameters());
            node.put("primitiveParameters", row.design().primitiveParameters());
            node.put("stringParameters", row.design().stringParameters());
            node.put("fixes", row.fixes());
        }
        return JsonOutput.toBytes(root);
    }
}
