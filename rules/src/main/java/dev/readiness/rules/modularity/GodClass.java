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
import java.util.List;
import java.util.Locale;

/** Complex, non-cohesive classes that work on other classes' data (Lanza and Marinescu's god class). */
@RuleDefinition(
        id = "modularity/god-class",
        summary = "Complex class that works on the data of other classes.",
        description = "Reports production classes with a weighted method count of at least "
                + ClassDesign.WMC_VERY_HIGH + ", tight class cohesion below one third and more than "
                + ClassDesign.GOD_CLASS_ATFD + " attributes of other classes read through their fields or getters "
                + "(ATFD; Lanza and Marinescu). Without type resolution only reads on variables of a declared, "
                + "non-JDK type count, so ATFD is underestimated rather than overestimated. A god class that is "
                + "also a brain class is reported once, here.",
        level = Level.WARNING,
        effort = Effort.FILE,
        precision = Precision.MEDIUM,
        scope = FileKind.PRODUCTION,
        tags = {"modularity", "maintainability", "design", "ai-readiness"}
)
public final class GodClass implements RepositoryRule {

    /** Foreign attributes named in the message; the count covers all. */
    static final int NAMED_ATTRIBUTES = 5;

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        for (DesignCandidates.Judged judged : DesignCandidates.withVerdict(context, ClassDesign.Verdict.GOD_CLASS)) {
            sink.report(DesignCandidates.locationOf(judged.type()), message(judged.type(), judged.assessment()));
        }
    }

    private static String message(TypeInfo type, ClassDesign.Assessment assessment) {
        List<String> foreign = type.design().foreignData();
        String named = String.join(", ", foreign.subList(0, Math.min(NAMED_ATTRIBUTES, foreign.size())))
                + (foreign.size() > NAMED_ATTRIBUTES ? ", ..." : "");
        return String.format(Locale.ROOT, "Class '%s' is a god class: weighted method count %d (threshold %d), tight "
                        + "class cohesion %.2f (below one third) and it reads %d attributes of other classes (more than %d: "
                        + "%s). Move the behaviour that works on that data into the classes that own it, and split "
                        + "what remains by responsibility.",
                type.simpleName(), assessment.weightedMethodCount(), ClassDesign.WMC_VERY_HIGH,
                assessment.tightClassCohesion(), assessment.foreignData(), ClassDesign.GOD_CLASS_ATFD, named);
    }
}
