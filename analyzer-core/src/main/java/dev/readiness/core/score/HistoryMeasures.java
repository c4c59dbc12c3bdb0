package dev.readiness.core.score;

import dev.readiness.core.history.History;
import dev.readiness.core.history.metrics.Authorship;
import dev.readiness.core.history.metrics.TruckFactor;
import dev.readiness.core.metrics.CodeHealthSummary;
import dev.readiness.core.metrics.FileHealth;
import dev.readiness.core.metrics.Hotspots;
import dev.readiness.core.rule.RepositoryContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the history score measures: the lines-of-code-weighted code health of the most-changed production
 * files of the recent window ({@link Hotspots#mostChanged()}; null when none changed) and the truck factor of
 * the production files (Avelino et al.). Not available without history.
 */
public record HistoryMeasures(String unavailableReason, Double hotspotHealth, int hotspotFiles, int changedFiles,
                              int truckFactor, int authoredFiles) {

    /** No history to measure (a plain directory, no commits): the category is N/A for {@code reason}. */
    public static HistoryMeasures unavailable(String reason) {
        return new HistoryMeasures(reason, null, 0, 0, 0, 0);
    }

    /** Whether the history could be measured. */
    public boolean available() {
        return unavailableReason == null;
    }

    /** The truck factor and the health of recently changed files, from the scan's history and code health. */
    public static HistoryMeasures of(RepositoryContext context, CodeHealthSummary health) {
        Optional<String> missing = context.historyMissingReason();
        if (missing.isPresent()) {
            return unavailable(missing.get());
        }
        History history = context.history().orElseThrow();
        Map<String, Set<String>> authors = new TreeMap<>();
        history.files().values().stream().filter(file -> context.isProduction(file.path()))
                .forEach(file -> authors.put(file.path(), Authorship.authors(file)));
        TruckFactor.Result truck = TruckFactor.compute(authors);
        Hotspots hotspots = Hotspots.of(health.files(), history::recentRevisions);
        List<FileHealth> most = hotspots.mostChanged();
        return new HistoryMeasures(null, weightedHealth(most), most.size(), hotspots.changedFiles(), truck.factor(),
                truck.files());
    }

    private static Double weightedHealth(List<FileHealth> files) {
        long lines = files.stream().mapToLong(FileHealth::linesOfCode).sum();
        return lines == 0 ? null
                : files.stream().mapToDouble(file -> file.health() * file.linesOfCode()).sum() / lines;
    }
}
