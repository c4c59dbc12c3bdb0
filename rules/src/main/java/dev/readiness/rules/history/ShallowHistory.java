package dev.readiness.rules.history;

import dev.readiness.core.history.History;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryAnchors;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;

/** The scanned clone is shallow, so every history-based result is partial. */
@RuleDefinition(
        id = "history/shallow-history",
        summary = "The repository is a shallow clone: history analysis is partial.",
        description = "Reports a shallow clone (CI checkouts default to fetch-depth: 1). Hotspots, coupling "
                + "and defect hotspots then see only the fetched commits, and ownership (knowledge islands, "
                + "truck factor) cannot be computed. Reported once, on the root build file or README.",
        level = Level.WARNING,
        effort = Effort.DOCUMENT,
        precision = Precision.VERY_HIGH,
        scope = FileKind.OTHER,
        tags = {"history", "ci", "ai-readiness"}
)
public final class ShallowHistory implements RepositoryRule {

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        boolean shallow = context.gitState().hasHistory() && context.gitState().shallow()
                || context.history().map(History::shallow).orElse(false);
        if (shallow) {
            RepositoryAnchors.forRepository(context).ifPresent(anchor -> sink.report(anchor,
                    "The repository is a shallow clone, so history-based analysis (hotspots, coupling, ownership) "
                            + "sees only part of the history. Fetch the full history: git fetch --unshallow, or in "
                            + "GitHub Actions actions/checkout with fetch-depth: 0."));
        }
    }
}
