package dev.readiness.rules.modularity;

import dev.readiness.core.metrics.ClassCohesion;
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
import java.util.stream.Collectors;

/** Classes whose methods fall into unrelated groups over their fields: LCOM4 above 1 ({@link ClassCohesion}). */
@RuleDefinition(
        id = "modularity/low-cohesion",
        summary = "Class does several unrelated things (LCOM4 above 1).",
        description = "Reports production classes whose methods form two or more groups of at least "
                + ClassCohesion.MIN_GROUP_METHODS + " methods that share no instance field and never call each "
                + "other (LCOM4, Hitz and Montazeri). Constructors, accessors (keyed getters and setters and lazy "
                + "getters too), equals, hashCode, toString and stateless helpers are left out, as are classes with fewer than "
                + ClassCohesion.MIN_METHODS + " other methods or without instance fields, records, enums, interfaces "
                + "and test code. A method that creates an inner class uses what that class reads of the outer one, "
                + "one that passes 'this' to a constructor uses every field, and code in a field's initialiser links "
                + "that field with what it uses. Each group is a candidate class of its own.",
        level = Level.NOTE,
        effort = Effort.FILE,
        precision = Precision.MEDIUM,
        scope = FileKind.PRODUCTION,
        tags = {"modularity", "maintainability", "design", "ai-readiness"}
)
public final class LowCohesion implements RepositoryRule {

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        for (TypeInfo type : DesignCandidates.of(context)) {
            List<ClassCohesion.Group> groups = ClassCohesion.groups(type);
            if (ClassCohesion.isLowCohesion(groups)) {
                sink.report(DesignCandidates.locationOf(type), message(type, groups));
            }
        }
    }

    private static String message(TypeInfo type, List<ClassCohesion.Group> groups) {
        String listed = groups.stream()
                .map(group -> group + " on " + String.join(", ", group.fields()))
                .collect(Collectors.joining("; "));
        return "Class '" + type.simpleName() + "' has " + groups.size() + " unrelated groups of methods (LCOM4 "
                + groups.size() + "): " + listed + ". They share no field and no call: split the class along these "
                + "groups so each part can be understood and changed on its own.";
    }
}
