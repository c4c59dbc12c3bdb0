package dev.readiness.cli.mcp;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.metrics.FileHealth;
import dev.readiness.core.portfolio.TrendComparison;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What check_change needs of the scan of a base commit, kept instead of the scan (whose sources and models would hold
 * a large repository's heap twice over): its findings as compared, its scores, its package cycles and each production
 * file's code health.
 */
record BaseScan(String commit, TrendComparison.Earlier earlier, int packageCycles, Map<String, Double> healthByPath) {

    BaseScan {
        healthByPath = Map.copyOf(healthByPath);
    }

    static BaseScan of(String commit, AnalysisResult result) {
        return new BaseScan(commit, TrendComparison.earlier(result, commit), result.overview().packageCycles().size(),
                healthByPath(result));
    }

    /** The code health of each production file of {@code result}, by path. */
    static Map<String, Double> healthByPath(AnalysisResult result) {
        return result.codeHealth() == null ? Map.of() : result.codeHealth().files().stream()
                .collect(Collectors.toMap(FileHealth::path, FileHealth::health, (first, second) -> first));
    }
}
