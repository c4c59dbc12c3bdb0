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
import dev.readiness.core.source.metrics.Tables;

/** Methods and constructors with more than 70 lines of code in their body (CodeScene's default). */
@RuleDefinition(
        id = "modularity/long-method",
        summary = "Method body has more than " + CodeHealth.LONG_METHOD_LINES + " lines of code.",
        description = "Reports methods and constructors whose body holds more than " + CodeHealth.LONG_METHOD_LINES + " lines of code "
                + "(lines with at least one token that is not a comment, between the braces). Long methods mix "
                + "several responsibilities and do not fit in the context an AI agent or a reviewer looks at. Tables "
                + "written as code are left out: a registration list where at least " + Tables.SAME_CALL_PERCENT
                + "% of the calls go to one method, and a lookup switch whose cases each hold one simple statement. "
                + Callables.MEASURED_OUTSIDE_METHODS,
        level = Level.WARNING,
        precision = Precision.HIGH,
        scope = FileKind.PRODUCTION,
        tags = {"modularity", "maintainability", "size", "ai-readiness"}
)
public final class LongMethod implements JavaFileRule {

    /** CodeScene's default function-length biomarker: a body above 70 lines of code is reported. */
    public record Options(@Option(defaultValue = CodeHealth.LONG_METHOD_LINES, min = 1, max = 10000,
            description = "a method body with more lines of code than this is reported") int threshold) {
    }

    private final int threshold;

    public LongMethod(Options options) {
        this.threshold = options.threshold();
    }

    @Override
    public void check(JavaFile file, FindingSink sink) {
        for (CodeUnit unit : Callables.measured(file.unit())) {
            int lines = file.codeLines().inside(unit);
            if (lines > threshold && !Tables.isTable(unit)) {
                sink.report(SourceLocations.ofUnit(file, unit), unit.describe() + " has " + lines
                        + " lines of code (threshold " + threshold + "): extract cohesive steps into well-named "
                        + "methods so each part can be read, tested and changed on its own.");
            }
        }
    }
}
