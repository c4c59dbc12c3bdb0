package dev.readiness.rules.history;

import dev.readiness.core.history.FileHistory;
import dev.readiness.core.history.History;
import dev.readiness.core.history.metrics.Authorship;
import dev.readiness.core.history.metrics.TruckFactor;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Need;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryAnchors;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The greedy truck factor (Avelino et al. 2016) over the production files of the snapshot; reported where
 * repository-level findings go (the root README, else the build file) when it is at most
 * {@value #MAX_REPORTED_FACTOR}. Not reported for shallow clones.
 */
@RuleDefinition(
        id = "history/low-truck-factor",
        summary = "A few people hold most of the knowledge of the code.",
        description = "Computes the truck factor of the production code: the number of people who would have "
                + "to leave before fewer than half of the files have an author left (degree of authorship and "
                + "greedy removal, Avelino et al. 2016). Reports a truck factor of 2 or less on the root build "
                + "file, naming the key people.",
        level = Level.NOTE,
        effort = Effort.KNOWLEDGE,
        precision = Precision.MEDIUM,
        scope = FileKind.PRODUCTION,
        needs = Need.HISTORY,
        tags = {"history", "knowledge", "bus-factor", "ai-readiness"}
)
public final class LowTruckFactor implements RepositoryRule {

    static final int MAX_REPORTED_FACTOR = 2;

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        HistoryFiles.of(context).filter(history -> !history.shallow() && !context.gitState().shallow())
                .ifPresent(history -> {
                    TruckFactor.Result result = TruckFactor.compute(authorsByFile(context, history));
                    if (result.files() > 0 && result.factor() >= 1 && result.factor() <= MAX_REPORTED_FACTOR) {
                        RepositoryAnchors.forRepository(context).ifPresent(anchor ->
                                sink.report(anchor, message(history, result)));
                    }
                });
    }

    static Map<String, Set<String>> authorsByFile(RepositoryContext context, History history) {
        Map<String, Set<String>> authors = new TreeMap<>();
        for (FileHistory file : history.files().values()) {
            if (context.isProduction(file.path())) {
                authors.put(file.path(), Authorship.authors(file));
            }
        }
        return authors;
    }

    private static String message(History history, TruckFactor.Result result) {
        String people = result.keyPeople().stream()
                .map(key -> history.authorName(key) + " (author of " + result.filesByPerson().get(key) + " files)")
                .collect(Collectors.joining(", "));
        return "Truck factor " + result.factor() + ": if " + people + " left, fewer than half of the "
                + result.files() + " production files would have an author who knows them (degree of authorship, "
                + "Avelino et al. 2016). Spread the knowledge: pair and rotate reviewers on their files, and write "
                + "down what only they know.";
    }
}
