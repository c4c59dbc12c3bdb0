package dev.readiness.core.engine;

import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Region;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleMetadata;

/** A test rule reporting how many commits the history holds and every file it knows. */
final class HistoryEchoRule implements RepositoryRule {

    private static final RuleMetadata METADATA = RuleMetadata.builder("custom/history-echo", HistoryEchoRule.class)
            .name("HistoryEcho")
            .shortDescription("Echoes the history.")
            .fullDescription("Reports the number of commits and each file of the history; a test fixture.")
            .defaultLevel(Level.NOTE)
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        context.history().ifPresent(history -> {
            sink.report(Location.of("readiness.yml", Region.line(1), ""), "commits " + history.commits().size());
            history.files().keySet().forEach(path -> sink.report(Location.of(path, Region.line(1), ""), "history"));
        });
    }
}
