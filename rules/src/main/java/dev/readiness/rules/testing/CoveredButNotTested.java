package dev.readiness.rules.testing;

import dev.readiness.core.evidence.ClassEvidence;
import dev.readiness.core.evidence.Measures;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.source.FileFacts;
import dev.readiness.core.source.TypeInfo;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A production class that the tests run (JaCoCo line coverage at least 80 %) but hardly check (PIT
 * mutation score below 50 %, over at least {@value #MIN_MUTANTS} viable mutants): covered but not tested.
 * Only reported when both reports cover the class; nothing is run to produce them.
 */
@RuleDefinition(
        id = "testing/covered-but-not-tested",
        summary = "A class is covered by tests, but most mutations of it survive.",
        description = "Reports a production class with at least 80% line coverage (JaCoCo) and a mutation "
                + "score below 50% (PIT, at least 5 viable mutants), from reports found in the build output "
                + "or given with --jacoco-report and --pit-report. The tests execute the code but would not "
                + "notice most wrong changes to it, so coverage overstates the safety net agents rely on.",
        level = Level.WARNING,
        effort = Effort.TESTS,
        precision = Precision.HIGH,
        scope = FileKind.PRODUCTION,
        tags = {"testing", "mutation-testing", "coverage", "ai-readiness"}
)
public final class CoveredButNotTested implements RepositoryRule {

    static final double MIN_LINE_COVERAGE = 0.80;
    static final double MAX_MUTATION_SCORE = 0.50;
    static final int MIN_MUTANTS = 5;
    private static final int SHOWN_LINES = 5;

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        context.testEvidence().ifPresent(evidence -> evidence.classes().stream()
                .filter(c -> !c.path().isEmpty() && isCoveredButNotTested(c.measures()))
                .forEach(c -> sink.report(location(context, c), message(c))));
    }

    static boolean isCoveredButNotTested(Measures measures) {
        return measures.viableMutants() >= MIN_MUTANTS
                && measures.lineCoverage().orElse(0) >= MIN_LINE_COVERAGE
                && measures.mutationScore().orElse(1) < MAX_MUTATION_SCORE;
    }

    private static Location location(RepositoryContext context, ClassEvidence evidence) {
        return Location.ofLine(evidence.path(), declarationLine(context, evidence));
    }

    private static int declarationLine(RepositoryContext context, ClassEvidence evidence) {
        return context.sourceFacts().of(evidence.path()).map(FileFacts::types).orElse(List.of()).stream()
                .filter(type -> type.qualifiedName().equals(evidence.className()))
                .mapToInt(TypeInfo::startLine).findFirst().orElse(1);
    }

    private static String message(ClassEvidence evidence) {
        Measures measures = evidence.measures();
        String survivors = evidence.survivedLines().isEmpty() ? ""
                : " Surviving mutants on line" + (evidence.survivedLines().size() == 1 ? " " : "s ")
                        + evidence.survivedLines().stream().limit(SHOWN_LINES).map(String::valueOf)
                                .collect(Collectors.joining(", "))
                        + (evidence.survivedLines().size() > SHOWN_LINES ? ", …" : "") + ".";
        return String.format(Locale.ROOT, "%s is covered but not tested: %d%% of its lines run under tests, but "
                        + "only %d of %d mutants (%d%%) are killed; add assertions on its results and effects.%s",
                evidence.simpleName(), percent(measures.lineCoverage().orElse(0)), measures.detectedMutants(),
                measures.viableMutants(), percent(measures.mutationScore().orElse(0)), survivors);
    }

    private static long percent(double ratio) {
        return Math.round(ratio * 100);
    }
}
