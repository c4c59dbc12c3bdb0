package dev.readiness.rules.testing;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.Region;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.source.MethodInfo;
import dev.readiness.core.testmodel.TestModel;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * A public production class with logic that no test touches: no test class is named after it, references
 * it or calls a method only it declares. Reported only when the repository has tests at all (a repository
 * without any is testing/module-without-tests' business).
 */
@RuleDefinition(
        id = "testing/untested-class",
        summary = "Public production class with logic that no test touches.",
        description = "Reports public top-level production classes, enums and records with at least one "
                + "method of some size (four lines or more, not a getter, setter, main, equals, hashCode or "
                + "toString) that no test class exercises: none is named after it (FooTest, FooTests, TestFoo, "
                + "FooIT), references it or calls a method only it declares. Interfaces, annotations, exceptions "
                + "and generated code are left out.",
        level = Level.NOTE,
        precision = Precision.MEDIUM,
        scope = FileKind.PRODUCTION,
        tags = {"testing", "coverage", "ai-readiness"}
)
public final class UntestedClass implements RepositoryRule {

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        TestModel model = context.testModel();
        if (model.tests().isEmpty()) {
            return;
        }
        for (TestModel.ProductionClass production : model.classesWithLogic()) {
            if (model.isTested(production.type().qualifiedName())) {
                continue;
            }
            String name = production.type().simpleName();
            int line = nameLine(context, production);
            sink.report(Location.of(production.path(), Region.line(line),
                    production.type().qualifiedName()), "Public class " + name + " has logic (e.g. "
                    + largestMethod(production) + ") but no test touches it: add a " + name + "Test that calls "
                    + "its methods and asserts on the results, so changes to it are checked.");
        }
    }

    private static String largestMethod(TestModel.ProductionClass production) {
        return production.type().methods().stream().filter(method -> !method.constructor())
                .max(Comparator.comparingInt(method -> method.endLine() - method.startLine()))
                .map(MethodInfo::name).map(name -> name + "()").orElse("its methods");
    }

    /** The line of the class name: the declaration's range starts at its annotations. */
    private static int nameLine(RepositoryContext context, TestModel.ProductionClass production) {
        int start = Math.max(1, production.type().startLine());
        String[] lines = context.file(production.path()).flatMap(context::readText).orElse("").split("\\R", -1);
        Pattern declaration = Pattern.compile("\\b(class|enum|record)\\s+"
                + Pattern.quote(production.type().simpleName()) + "\\b");
        for (int i = start - 1; i < lines.length && i < production.type().endLine(); i++) {
            if (declaration.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return start;
    }
}
