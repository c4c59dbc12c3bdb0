package dev.readiness.rules.history;

import dev.readiness.core.history.History;
import dev.readiness.core.metrics.Biomarker;
import dev.readiness.core.metrics.FileHealth;
import dev.readiness.core.metrics.Hotspots;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Need;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Reports the first hotspots of the production Java files, as {@link Hotspots} defines and ranks them. */
@RuleDefinition(
        id = "history/hotspot",
        summary = "Large file that changes often: where defect fixes land.",
        description = "Takes the most-changed quarter of the production Java files changed in the recent window "
                + "(12 months back from the HEAD commit); those with at least 3 recent changes are hotspots, ranked by "
                + "their file risk, the chance of a defect fix within a year from their size and changes (a model "
                + "fitted on backtests of public projects, docs/validation.md), and the first 10 are reported. "
                + "Hotspots are where most defects and most agent edits land.",
        level = Level.WARNING,
        effort = Effort.FILE,
        precision = Precision.MEDIUM,
        scope = FileKind.PRODUCTION,
        needs = Need.HISTORY,
        tags = {"history", "hotspot", "maintainability", "ai-readiness"}
)
public final class Hotspot implements RepositoryRule {

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        HistoryFiles.of(context).ifPresent(history -> {
            Hotspots hotspots = Hotspots.of(context.codeHealth().files(), history::recentRevisions);
            List<Hotspots.ChangedFile> reported = hotspots.reported();
            IntStream.range(0, reported.size()).forEach(index -> sink.report(
                    Location.ofLine(reported.get(index).path(), 1), message(history, hotspots, index)));
        });
    }

    private static String message(History history, Hotspots hotspots, int index) {
        Hotspots.ChangedFile hotspot = hotspots.all().get(index);
        FileHealth health = hotspot.file();
        String costs = health.biomarkers().stream().map(Biomarker::id).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "Hotspot #%d of %d: %d changes in %s, among the %d most-changed of %d "
                        + "changed production files, and %d lines of code; file risk %.0f %% (the chance of a defect fix "
                        + "within a year, fitted on the history of public projects); code health %.1f (%s%s). Files this size "
                        + "that change this often are where defects and broken agent edits land: cover it with tests and "
                        + "split it along the reasons it changes before the next change.", index + 1,
                hotspots.all().size(), hotspot.changes(), HistoryFiles.recentWindow(history), hotspots.mostChanged().size(),
                hotspots.changedFiles(), health.linesOfCode(), hotspot.risk() * 100, health.health(), health.band().id(),
                costs.isEmpty() ? "" : "; " + costs);
    }
}
