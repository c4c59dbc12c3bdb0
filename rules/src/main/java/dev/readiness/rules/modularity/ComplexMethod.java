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
import dev.readiness.core.source.metrics.CognitiveComplexity;

/** Methods whose cognitive complexity (Campbell) exceeds Sonar's default threshold of 15. */
@RuleDefinition(
        id = "modularity/complex-method",
        summary = "Method is hard to understand (cognitive complexity above " + CodeHealth.COMPLEX_METHOD_THRESHOLD + ").",
        description = "Reports methods and constructors whose cognitive complexity, computed by G. Ann Campbell's rules "
                + "(nesting-weighted branches, boolean operator sequences, jumps to labels, recursion), exceeds "
                + CodeHealth.COMPLEX_METHOD_THRESHOLD + ". Such methods are where AI agents and new developers most often break behaviour. "
                + Callables.MEASURED_OUTSIDE_METHODS,
        level = Level.WARNING,
        precision = Precision.HIGH,
        scope = FileKind.PRODUCTION,
        tags = {"modularity", "maintainability", "complexity", "ai-readiness"}
)
public final class ComplexMethod implements JavaFileRule {

    /** Sonar rule S3776's default: a method above 15 is reported. */
    public record Options(@Option(defaultValue = CodeHealth.COMPLEX_METHOD_THRESHOLD, min = 1, max = 1000,
            description = "a method whose cognitive complexity is above this is reported") int threshold) {
    }

    private final int threshold;

    public ComplexMethod(Options options) {
        this.threshold = options.threshold();
    }

    @Override
    public void check(JavaFile file, FindingSink sink) {
        for (CodeUnit unit : Callables.measured(file.unit())) {
            CognitiveComplexity.Result result = CognitiveComplexity.of(unit);
            if (result.total() > threshold) {
                sink.report(SourceLocations.ofUnit(file, unit), message(unit, result));
            }
        }
    }

    private String message(CodeUnit unit, CognitiveComplexity.Result result) {
        StringBuilder text = new StringBuilder()
                .append(unit.describe())
                .append(" has cognitive complexity ").append(result.total())
                .append(" (threshold ").append(threshold).append("): split it into smaller, well-named methods");
        result.largest().filter(increment -> increment.amount() > 1).ifPresent(increment -> text
                .append(", starting with the deeply nested '").append(increment.construct())
                .append("' at line ").append(increment.line()).append(" (+").append(increment.amount()).append(')'));
        return text.append(", and flatten nesting with early returns or guard clauses.").toString();
    }
}
