package dev.readiness.core.score;

import dev.readiness.core.config.Category;
import dev.readiness.core.metrics.CodeHealthSummary;
import dev.readiness.core.metrics.FileHealth;
import dev.readiness.core.metrics.ModuleTestMetrics;
import dev.readiness.core.metrics.TestMetrics;
import dev.readiness.core.repo.BuildModule;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.RepositoryContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Scores each build module (when there is more than one) and each area readiness.yml names, as the repository is
 * scored, on the part's own measures: its files' code health, its tests ({@link TestMetrics#modules()} for a module,
 * {@link dev.readiness.core.testmodel.TestModel#metricsOf} for an area), its share of each package cycle, its history
 * and its findings. The context checklist judges the repository as a whole, so every part shares its context score.
 */
public final class ModuleScoring {

    private ModuleScoring() {
    }

    /** The parts' scores: modules in directory order, then areas in the order given. */
    public static List<ModuleScore> of(RepositoryContext context, ScoreMeasures repository, List<String> areas) {
        Map<String, String> moduleOf = new HashMap<>();
        context.files().forEach(file -> moduleOf.put(file.path(), file.moduleDirectory()));
        List<ModuleScore> scores = new ArrayList<>();
        if (context.modules().size() > 1) {
            for (BuildModule module : context.modules().stream().sorted().toList()) {
                String directory = module.directory();
                Predicate<String> inModule = path -> directory.equals(moduleOf.get(path));
                ModuleTestMetrics tests = repository.testMetrics().modules().stream()
                        .filter(metrics -> metrics.module().equals(directory)).findFirst()
                        .orElse(new ModuleTestMetrics(directory, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
                score(context, repository, directory, false, inModule, tests).ifPresent(scores::add);
            }
        }
        for (String area : areas) {
            Predicate<String> inArea = path -> path.equals(area) || path.startsWith(area + "/");
            score(context, repository, area, true, inArea, context.testModel().metricsOf(area, inArea))
                    .ifPresent(scores::add);
        }
        return scores;
    }

    /** The part's score; empty when it holds no production code (a test suite alone is no part to score). */
    private static java.util.Optional<ModuleScore> score(RepositoryContext context, ScoreMeasures repository,
                                                         String directory, boolean area, Predicate<String> inPart,
                                                         ModuleTestMetrics tests) {
        CodeHealthSummary health = CodeHealthSummary.of(repository.codeHealth().files().stream()
                .filter(file -> inPart.test(file.path())).toList());
        if (health.linesOfCode() == 0) {
            return java.util.Optional.empty();
        }
        Map<String, Integer> lines = new HashMap<>();
        health.files().forEach(file -> lines.put(file.path(), file.linesOfCode()));
        List<Finding> findings = repository.findings().stream().filter(finding -> inPart.test(finding.location().path())
                || finding.category().equals(Category.CONTEXT.id())).toList();
        ScoreMeasures part = new ScoreMeasures(health, new TestMetrics(tests, List.of(tests)),
                repository.architecture().restrictedTo(lines), repository.history().available()
                ? HistoryMeasures.of(context, health, inPart) : repository.history(), repository.rules(), findings,
                repository.weights(), area && tests.tests() == 0);
        long own = findings.stream().filter(finding -> inPart.test(finding.location().path())).count();
        return java.util.Optional.of(new ModuleScore(directory, area, health.linesOfCode(), own,
                ReadinessScorer.score(part)));
    }
}
