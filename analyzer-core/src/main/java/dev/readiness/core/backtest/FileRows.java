package dev.readiness.core.backtest;

import dev.readiness.core.history.Commit;
import dev.readiness.core.history.CommitKind;
import dev.readiness.core.history.FileHistory;
import dev.readiness.core.history.History;
import dev.readiness.core.metrics.Biomarker;
import dev.readiness.core.metrics.DesignSignals;
import dev.readiness.core.metrics.FileHealth;
import dev.readiness.core.source.SourceFacts;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/** The per-file rows of a backtest: what the history at T0 said of each ranked file, and the fixes it got after. */
final class FileRows {

    private FileRows() {
    }

    static List<BacktestResult.FileRow> of(Collection<FileHealth> files, SourceFacts sources, History history,
                                           ToIntFunction<String> fixes) {
        Map<String, Integer> recentFixes = history == null ? Map.of() : recentFixes(history);
        return files.stream().sorted(Comparator.comparing(FileHealth::path)).map(file -> {
            Optional<FileHistory> past = history == null ? Optional.empty() : history.file(file.path());
            return new BacktestResult.FileRow(file.path(), file.linesOfCode(), file.health(),
                    past.map(FileHistory::recentRevisions).orElse(0), past.map(FileHistory::revisions).orElse(0),
                    past.map(found -> found.recentLinesAdded() + found.recentLinesDeleted()).orElse(0L),
                    past.map(found -> recentAuthors(found, history)).orElse(0),
                    recentFixes.getOrDefault(file.path(), 0),
                    // author dates may run backwards: a file is never younger than new
                    past.map(found -> Math.max(0, Duration.between(found.firstChange(), history.headTime()).toDays()))
                            .orElse(0L),
                    file.biomarkers().stream().map(Biomarker::id).toList(),
                    sources.of(file.path()).map(DesignSignals::of).orElse(DesignSignals.NONE),
                    fixes.applyAsInt(file.path()));
        }).toList();
    }

    private static int recentAuthors(FileHistory file, History history) {
        Set<String> authors = new HashSet<>();
        file.timeline().stream().filter(revision -> !revision.time().isBefore(history.recentWindowStart()))
                .forEach(revision -> authors.add(revision.author()));
        return authors.size();
    }

    /** Defect-fix commits of the recent window per current path, as the defect-hotspot rule counts them. */
    private static Map<String, Integer> recentFixes(History history) {
        Map<String, Integer> fixes = new HashMap<>();
        for (Commit commit : history.recentCommits()) {
            if (history.kindOf(commit) == CommitKind.DEFECT_FIX) {
                new LinkedHashSet<>(history.currentPathsOf(commit)).forEach(path -> fixes.merge(path, 1, Integer::sum));
            }
        }
        return fixes;
    }
}
