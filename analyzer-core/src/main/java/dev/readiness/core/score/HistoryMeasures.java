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
import java.util.function.Predicate;

/**
 * What the history score measures: the lines-of-code-weighted code health of the most-changed production
 * files of the recent window ({@link Hotspots#mostChanged()}, their paths in {@code hotspotPaths}; null when none
 * changed) and the truck factor of the production files (Avelino et al.). Not available without history, nor in a
 * shallow clone.
 */
public record HistoryMeasures(String unavailableReason, Double hotspotHealth, int hotspotFiles, int changedFiles,
                              int truckFactor, int authoredFiles, List<String> hotspotPaths) {

    /** The names of the history score's inputs, as the score explains them. */
    public static final String TRUCK_FACTOR = "truck factor";
    public static final String HOTSPOT_HEALTH = "hotspot health";

    /**
     * Why a shallow clone's history is not measured: a truck factor and change counts from the few commits fetched
     * would score it near 0 (a CI checkout fetches one commit by default) and fail a --fail-under gate for nothing.
     */
    public static final String SHALLOW_CLONE = "the repository is a shallow clone, so its history is incomplete: "
            + "fetch all of it, e.g. actions/checkout with fetch-depth: 0 or git fetch --unshallow";

    public HistoryMeasures {
        hotspotPaths = List.copyOf(hotspotPaths);
    }

    /** Measures whose most-changed files are known only by their health. */
    public HistoryMeasures(String unavailableReason, Double hotspotHealth, int hotspotFiles, int changedFiles,
                           int truckFactor, int authoredFiles) {
        this(unavailableReason, hotspotHealth, hotspotFiles, changedFiles, truckFactor, authoredFiles, List.of());
    }

    /** No history to measure (a plain directory, no commits): the category is N/A for {@code reason}. */
    public static HistoryMeasures unavailable(String reason) {
        return new HistoryMeasures(reason, null, 0, 0, 0, 0);
    }

    /**
     * These measures with the most-changed files' health read from {@code health} instead, as after a change to
     * their code; the same measures when their paths are not known.
     */
    HistoryMeasures withHealthFrom(CodeHealthSummary health) {
        if (hotspotPaths.isEmpty()) {
            return this;
        }
        List<FileHealth> files = hotspotPaths.stream().map(health::file).flatMap(Optional::stream).toList();
        return new HistoryMeasures(unavailableReason, weightedHealth(files), hotspotFiles, changedFiles, truckFactor,
                authoredFiles, hotspotPaths);
    }

    /** Whether the history could be measured. */
    public boolean available() {
        return unavailableReason == null;
    }

    /** The truck factor and the health of recently changed files, from the scan's history and code health. */
    public static HistoryMeasures of(RepositoryContext context, CodeHealthSummary health) {
        return of(context, health, path -> true);
    }

    /**
     * {@link #of(RepositoryContext, CodeHealthSummary)} for a part of the repository: the production files {@code inPart}
     * accepts, whose code health {@code health} holds.
     */
    public static HistoryMeasures of(RepositoryContext context, CodeHealthSummary health, Predicate<String> inPart) {
        Optional<String> missing = context.historyMissingReason();
        if (missing.isPresent()) {
            return unavailable(missing.get());
        }
        History history = context.history().orElseThrow();
        if (history.shallow() || context.gitState().shallow()) {
            return unavailable(SHALLOW_CLONE);
        }
        Map<String, Set<String>> authors = new TreeMap<>();
        history.files().values().stream().filter(file -> inPart.test(file.path()) && context.isProduction(file.path()))
                .forEach(file -> authors.put(file.path(), Authorship.authors(file)));
        TruckFactor.Result truck = TruckFactor.compute(authors);
        Hotspots hotspots = Hotspots.of(health.files(), history::recentRevisions);
        List<FileHealth> most = hotspots.mostChanged();
        return new HistoryMeasures(null, weightedHealth(most), most.size(), hotspots.changedFiles(), truck.factor(),
                truck.files(), most.stream().map(FileHealth::path).toList());
    }

    private static Double weightedHealth(List<FileHealth> files) {
        long lines = files.stream().mapToLong(FileHealth::linesOfCode).sum();
        return lines == 0 ? null
                : files.stream().mapToDouble(file -> file.health() * file.linesOfCode()).sum() / lines;
    }
}
