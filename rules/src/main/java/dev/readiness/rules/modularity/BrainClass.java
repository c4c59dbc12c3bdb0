package dev.readiness.rules.modularity;

import dev.readiness.core.metrics.ClassDesign;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.source.TypeInfo;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Large, complex, non-cohesive classes built around brain methods (Lanza and Marinescu); a class that is
 * also a god class is left to {@link GodClass}, so one class gets one finding.
 */
@RuleDefinition(
        id = "modularity/brain-class",
        summary = "Large, complex class centred on brain methods.",
        description = "Reports production classes that are large (at least " + ClassDesign.LINES_VERY_HIGH
                + " lines of code with two brain methods, or twice that with one), complex (weighted method count "
                + "at least " + ClassDesign.WMC_VERY_HIGH + ") and not cohesive (TCC below one half), where a brain "
                + "method is long (over " + ClassDesign.BRAIN_METHOD_LINES + " lines of code), complex (cyclomatic "
                + "complexity at least " + ClassDesign.BRAIN_METHOD_CYCLOMATIC + ") and nested at least "
                + ClassDesign.BRAIN_METHOD_NESTING + " deep (Lanza and Marinescu). A class that is also a god class "
                + "is reported as modularity/god-class only.",
        level = Level.WARNING,
        effort = Effort.FILE,
        precision = Precision.MEDIUM,
        scope = FileKind.PRODUCTION,
        tags = {"modularity", "maintainability", "design", "complexity", "ai-readiness"}
)
public final class BrainClass implements RepositoryRule {

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        for (DesignCandidates.Judged judged : DesignCandidates.withVerdict(context, ClassDesign.Verdict.BRAIN_CLASS)) {
            sink.report(DesignCandidates.locationOf(judged.type()), message(judged.type(), judged.assessment()));
        }
    }

    private static String message(TypeInfo type, ClassDesign.Assessment assessment) {
        String brainMethods = assessment.brainMethods().stream()
                .map(method -> method.name() + " (line " + method.startLine() + ", " + method.metrics().linesOfCode()
                        + " lines, cyclomatic " + method.metrics().cyclomaticComplexity() + ")")
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "Class '%s' is a brain class: %d lines of code, weighted method count %d "
                        + "(threshold %d), tight class cohesion %.2f (below %.2f) and %d brain methods: %s. Split the brain "
                        + "methods into smaller well-named methods and move cohesive parts into classes of their own.",
                type.simpleName(), assessment.linesOfCode(), assessment.weightedMethodCount(), ClassDesign.WMC_VERY_HIGH,
                assessment.tightClassCohesion(), ClassDesign.BRAIN_CLASS_TCC, assessment.brainMethods().size(),
                brainMethods);
    }
}
