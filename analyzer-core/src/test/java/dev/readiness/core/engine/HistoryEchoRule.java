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

/** A test rule reporting how many commits the history holds and every file it knows. */
@RuleDefinition(id = "custom/history-echo", summary = "Echoes the history.",
        description = "Reports the number of commits and each file of the history; a test fixture.", level = Level.NOTE,
        precision = Precision.HIGH, scope = {FileKind.PRODUCTION, FileKind.TEST})
final class HistoryEchoRule implements RepositoryRule {

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        context.history().ifPresent(history -> {
            sink.report(Location.of("readiness.yml", Region.line(1), ""), "commits " + history.commits().size());
            history.files().keySet().forEach(path -> sink.report(Location.of(path, Region.line(1), ""), "history"));
        });
    }
}
