package dev.readiness.rules.history;

import dev.readiness.core.history.History;
import dev.readiness.core.metrics.Biomarker;
import dev.readiness.core.metrics.FileHealth;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Need;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Production Java files that are both unhealthy and changed often in the recent window, ranked by recent
 * revisions × (10 − code health); only the head of the distribution is reported ({@link Hotspots}).
 */
@RuleDefinition(
        id = "history/hotspot",
        summary = "Unhealthy file that changes often.",
        description = "Ranks production Java files by how often they changed in the recent window (12 months "
                + "back from the HEAD commit) times how unhealthy they are (10 minus their code health, 1 to 10, "
                + "see docs/scoring.md) and reports the top 10% of changed files with at least 3 recent changes "
                + "and a code health below 9 (not green), at most 10. Hotspots are where most defects and most "
                + "agent edits land.",
        level = Level.WARNING,
        precision = Precision.MEDIUM,
        scope = FileKind.PRODUCTION,
        needs = Need.HISTORY,
        tags = {"history", "hotspot", "maintainability", "ai-readiness"}
)
public final class Hotspot implements RepositoryRule {

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        HistoryFiles.of(context).ifPresent(history -> {
            Map<String, FileHealth> health = health(context);
            Hotspots.top(history, healthValues(health)).forEach(hotspot -> sink.report(
                    Location.ofLine(hotspot.path(), 1), message(history, hotspot, health.get(hotspot.path()))));
        });
    }

    /** Code health of every production Java file that was parsed. */
    static Map<String, FileHealth> health(RepositoryContext context) {
        Map<String, FileHealth> health = new TreeMap<>();
        for (FileHealth file : context.codeHealth().files()) {
            if (HistoryFiles.isProductionJava(context, file.path())) {
                health.put(file.path(), file);
            }
        }
        return health;
    }

    private static Map<String, Double> healthValues(Map<String, FileHealth> health) {
        Map<String, Double> values = new TreeMap<>();
        health.forEach((path, file) -> values.put(path, file.health()));
        return values;
    }

    private static String message(History history, Hotspots.Hotspot hotspot, FileHealth health) {
        String costs = health.biomarkers().stream().map(Biomarker::id).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "Hotspot #%d of %d changed production files: %d changes in %s on code "
                        + "health %.1f (%s; %s) = score %.1f (changes × (10 − health)). Unhealthy code that changes "
                        + "often is where defects and broken agent edits land: improve its health and cover it with "
                        + "tests before the next change.", hotspot.rank(), hotspot.ranked(), hotspot.recentRevisions(),
                HistoryFiles.recentWindow(history), hotspot.health(), health.band().id(), costs, hotspot.points());
    }
}
