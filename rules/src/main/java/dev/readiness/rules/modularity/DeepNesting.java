package dev.readiness.rules.modularity;

import dev.readiness.core.metrics.CodeHealth;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.JavaFileRule;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Option;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.rule.SourceLocations;
import dev.readiness.core.source.JavaFile;
import dev.readiness.core.source.metrics.Callables;
import dev.readiness.core.source.metrics.CodeUnit;
import dev.readiness.core.source.metrics.NestingDepth;

/** Production methods whose control flow nests more than 4 levels deep (CodeScene's nesting biomarker). */
@RuleDefinition(
        id = "modularity/deep-nesting",
        summary = "Method nests control flow more than " + CodeHealth.NESTING_THRESHOLD + " levels deep.",
        description = "Reports production methods and constructors whose control flow (if / else-if chains, "
                + "loops, switch, try, synchronized, lambdas and nested classes) nests more than " + CodeHealth.NESTING_THRESHOLD
                + " levels deep. Deep nesting hides which conditions hold at a line, so AI agents and reviewers "
                + "put changes in the wrong branch. " + Callables.MEASURED_OUTSIDE_METHODS,
        level = Level.WARNING,
        precision = Precision.HIGH,
        scope = FileKind.PRODUCTION,
        tags = {"modularity", "maintainability", "complexity", "ai-readiness"}
)
public final class DeepNesting implements JavaFileRule {

    /** CodeScene's default nesting-depth biomarker: deeper than 4 levels is reported. */
    public record Options(@Option(defaultValue = CodeHealth.NESTING_THRESHOLD, min = 1, max = 100,
            description = "a method nesting control flow deeper than this is reported") int threshold) {
    }

    private final int threshold;

    public DeepNesting(Options options) {
        this.threshold = options.threshold();
    }

    @Override
    public void check(JavaFile file, FindingSink sink) {
        for (CodeUnit unit : Callables.measured(file.unit())) {
            NestingDepth.Result result = NestingDepth.of(unit);
            if (result.depth() > threshold) {
                sink.report(SourceLocations.ofUnit(file, unit), unit.describe()
                        + " nests control flow " + result.depth() + " levels deep (threshold " + threshold
                        + "), deepest at line " + result.line() + ": flatten it with guard clauses and extract "
                        + "the inner blocks into well-named methods.");
            }
        }
    }
}
