package dev.readiness.core.engine;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.JavaFileRule;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Option;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.Region;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.source.JavaFile;

/** A test rule reporting every parsed file with the value of its option, to prove options reach rules. */
@RuleDefinition(id = FileEchoRule.ID, summary = "Echoes parsed files.",
        description = "Reports each parsed file with its limit option; a test fixture.", level = Level.NOTE,
        precision = Precision.HIGH, scope = {FileKind.PRODUCTION, FileKind.TEST})
final class FileEchoRule implements JavaFileRule {

    static final String ID = "custom/file-echo";

    record Options(@Option(defaultValue = 3, min = 1, max = 10, description = "a number echoed in every message")
                   int limit) {
    }

    private final int limit;

    FileEchoRule(Options options) {
        this.limit = options.limit();
    }

    @Override
    public void check(JavaFile file, FindingSink sink) {
        sink.report(Level.WARNING, Location.of(file.path(), Region.line(1), ""), "limit " + limit, java.util.List.of());
    }
}
