package dev.readiness.core.engine;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.Region;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;

/** A test rule whose recursion has no end, like a regular expression recursing once per repetition of a long text. */
@RuleDefinition(id = "custom/overflowing", summary = "Recurses without end.",
        description = "Overflows the stack on every repository; a test fixture.", level = Level.NOTE,
        precision = Precision.HIGH, scope = {FileKind.PRODUCTION})
final class OverflowingRule implements RepositoryRule {

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        sink.report(Location.of(context.files().get(0).path(), Region.line(1), ""), "depth " + depth(0));
    }

    private static int depth(int reached) {
        return depth(reached + 1) + 1;
    }
}
