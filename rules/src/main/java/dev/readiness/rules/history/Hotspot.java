package dev.readiness.rules.history;

import dev.readiness.core.history.History;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.source.FileFacts;
import java.util.Map;
import java.util.TreeMap;

/**
 * Production Java files that are both complex and changed often in the recent window, ranked by
 * recent revisions × complexity; only the head of the distribution is reported ({@link Hotspots}).
 */
public final class Hotspot implements RepositoryRule {

    public static final String ID = "history/hotspot";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID, Hotspot.class)
            .name("Hotspot")
            .shortDescription("Complex file that changes often.")
            .fullDescription("Ranks production Java files by how often they changed in the recent window (12 months "
                    + "back from the HEAD commit) times their complexity (lines of code plus 5 per method) and "
                    + "reports the top 10% of changed files with at least 3 recent changes, at most 10. Hotspots are "
                    + "where most defects and most agent edits land.")
            .defaultLevel(Level.WARNING)
            .precision(Precision.MEDIUM)
            .tags("history", "hotspot", "maintainability", "ai-readiness")
            .build();

    public Hotspot() {
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        HistoryFiles.of(context).ifPresent(history -> Hotspots.top(history, sizes(context)).forEach(hotspot ->
                sink.report(Location.ofLine(hotspot.path(), 1), message(history, hotspot))));
    }

    /** Size of every production Java file that was parsed. */
    static Map<String, Hotspots.Size> sizes(RepositoryContext context) {
        Map<String, Hotspots.Size> sizes = new TreeMap<>();
        for (FileFacts facts : context.sourceFacts().all()) {
            if (HistoryFiles.isProductionJava(context, facts.path())) {
                int methods = facts.types().stream().mapToInt(type -> type.methods().size()).sum();
                sizes.put(facts.path(), new Hotspots.Size(facts.linesOfCode(), methods));
            }
        }
        return sizes;
    }

    private static String message(History history, Hotspots.Hotspot hotspot) {
        Hotspots.Size size = hotspot.size();
        return "Hotspot #" + hotspot.rank() + " of " + hotspot.ranked() + " changed production files: "
                + hotspot.recentRevisions() + " changes in " + HistoryFiles.recentWindow(history) + " × complexity "
                + size.complexity() + " (" + size.linesOfCode() + " lines of code, " + size.methods() + " methods) = "
                + hotspot.score() + ". Complex code that changes often is where defects and broken agent edits land: "
                + "split it and cover it with tests before the next change.";
    }
}
