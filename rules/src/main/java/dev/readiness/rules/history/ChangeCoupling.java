package dev.readiness.rules.history;

import dev.readiness.core.graph.TypeHierarchy;
import dev.readiness.core.history.History;
import dev.readiness.core.history.metrics.CouplingAnalysis;
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

/**
 * Production files that change together (code-maat's coupling degree), reported once per pair on the
 * file that comes first by path, the partner as a related location. Pairs that are hidden couplings are
 * left to {@link HiddenCoupling}.
 */
@RuleDefinition(
        id = "history/change-coupling",
        summary = "Two files that usually change together.",
        description = "Reports pairs of production files that changed together in the recent window: each "
                + "with at least 5 revisions, at least 5 shared, and a coupling degree (shared revisions / mean "
                + "revisions) of at least 30%; merges, sweeps (formatting, headers, Javadoc, bulk edits) and "
                + "commits changing more than 30 files are ignored. An edit to one file of the pair usually needs "
                + "an edit to the other.",
        level = Level.NOTE,
        effort = Effort.DESIGN,
        precision = Precision.MEDIUM,
        scope = FileKind.PRODUCTION,
        needs = Need.HISTORY,
        tags = {"history", "coupling", "maintainability", "ai-readiness"}
)
public final class ChangeCoupling implements RepositoryRule {

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        HistoryFiles.of(context).ifPresent(history -> {
            TypeHierarchy hierarchy = TypeHierarchy.of(context.sourceFacts(), context.typeIndex());
            for (CouplingAnalysis.Pair pair : pairs(context, history)) {
                if (!HiddenCoupling.isHidden(context, hierarchy, pair)) {
                    sink.report(Location.ofLine(pair.first(), 1), message(history, pair), List.of(
                            Location.ofLine(pair.second(), 1).withMessage("changes together with "
                                    + HistoryFiles.fileName(pair.first()))));
                }
            }
        });
    }

    /** The coupled pairs of production files that exist in the snapshot. */
    static List<CouplingAnalysis.Pair> pairs(RepositoryContext context, History history) {
        return CouplingAnalysis.coupledPairs(history, context::isProduction,
                CouplingAnalysis.Thresholds.DEFAULTS);
    }

    private static String message(History history, CouplingAnalysis.Pair pair) {
        return "Changes together with " + HistoryFiles.fileName(pair.second()) + ": " + pair.shared()
                + " shared commits, coupling degree " + pair.degreePercent() + "% (" + pair.firstRevisions() + " and "
                + pair.secondRevisions() + " revisions in " + HistoryFiles.recentWindow(history) + "). Whoever edits "
                + "one must check the other: document the link, or move the shared responsibility into one place.";
    }
}
