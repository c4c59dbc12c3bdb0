package dev.readiness.rules.history;

import dev.readiness.core.history.History;
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

/** Production files where defect fixes concentrate in the recent window ({@link DefectHotspots}). */
@RuleDefinition(
        id = "history/defect-hotspot",
        summary = "File where fix commits concentrate.",
        description = "Reports production files changed by at least 3 defect fixes in the recent window, fixes "
                + "being at least half of their revisions (at most 10 files, most fixes first). A defect fix names "
                + "a defect (fix, bug, regression, crash, NPE, leak, wrong ...; not \"fix typo\" or \"Javadoc "
                + "fixes\") or references an issue without naming other work; merges and sweeps (formatting, "
                + "headers, Javadoc, bulk edits) are neither fixes nor revisions. Files that keep needing fixes "
                + "are fragile; changes to them need the strongest tests.",
        level = Level.WARNING,
        effort = Effort.FILE,
        precision = Precision.MEDIUM,
        scope = FileKind.PRODUCTION,
        needs = Need.HISTORY,
        tags = {"history", "defects", "reliability", "ai-readiness"}
)
public final class DefectHotspot implements RepositoryRule {

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        HistoryFiles.of(context).ifPresent(history -> {
            int rank = 0;
            for (DefectHotspots.Fragile file : DefectHotspots.find(history, context::isProduction)) {
                rank++;
                sink.report(Location.ofLine(file.path(), 1), message(history, file, rank));
            }
        });
    }

    private static String message(History history, DefectHotspots.Fragile file, int rank) {
        return "Defect hotspot #" + rank + ": " + file.fixes() + " of its " + file.revisions() + " changes in "
                + HistoryFiles.recentWindow(history) + " were fixes (" + file.sharePercent() + "%). Before the next "
                + "change, add regression tests for the bugs fixed here and simplify the logic that keeps breaking.";
    }
}
