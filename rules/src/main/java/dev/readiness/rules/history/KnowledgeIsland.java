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
import java.util.stream.Collectors;

/**
 * A production file that still matters (changed recently, or among the most changed) that nobody still active
 * knows ({@link KnowledgeIslands}); trivial files ({@link TrivialFiles}) hold nothing to know. Not reported for
 * shallow clones, where the creators and the older changes are unknown.
 */
@RuleDefinition(
        id = "history/knowledge-island",
        summary = "File whose only authors have left.",
        description = "Reports production files changed in the recent window (or among the 10% most changed) "
                + "that nobody still active knows: fewer than 2 people active in the window changed them in their "
                + "latest year of work, and everyone who knows them (degree of authorship, Avelino et al. 2016, over all their changes and over their "
                + "latest year of work) has made no commit in the 6 months before the HEAD commit. Sweeps "
                + "(formatting, headers, bulk edits) are not changes; package-info.java, files under 20 lines of "
                + "code and interfaces or enums without a statement are never reported. Nobody left can review "
                + "changes to the file with real knowledge of it.",
        level = Level.WARNING,
        effort = Effort.KNOWLEDGE,
        precision = Precision.MEDIUM,
        scope = FileKind.PRODUCTION,
        needs = Need.HISTORY,
        facts = FileLogic.Extractor.class,
        tags = {"history", "knowledge", "bus-factor", "ai-readiness"}
)
public final class KnowledgeIsland implements RepositoryRule {

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        HistoryFiles.of(context).filter(history -> !history.shallow() && !context.gitState().shallow())
                .ifPresent(history -> KnowledgeIslands.find(history,
                                path -> context.isProduction(path) && !TrivialFiles.isTrivial(context, path))
                        .forEach(island -> sink.report(Location.ofLine(island.path(), 1), message(history, island))));
    }

    private static String message(History history, KnowledgeIslands.Island island) {
        String names = island.authors().stream().map(history::authorName).collect(Collectors.joining(", "));
        boolean one = island.authors().size() == 1;
        return "Only " + names + " know" + (one ? "s" : "") + " this file (degree of authorship, over all its changes "
                + "and its latest year of work), and " + (one ? "has" : "have") + " made no commit for " + HistoryFiles.monthsBetween(island.lastActivity(),
                history.headTime()) + " months; it changed " + island.recentRevisions() + " time(s) in "
                + HistoryFiles.recentWindow(history) + ". Have someone who stays take it over: review its tests, "
                + "document its rules, and make them the reviewer of changes to it.";
    }
}
