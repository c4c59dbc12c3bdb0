package dev.readiness.core.engine;

import dev.readiness.core.config.RuleOption;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.JavaFileRule;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Region;
import dev.readiness.core.rule.Rule;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.rule.RuleOptions;
import dev.readiness.core.source.JavaFile;

/** A test rule reporting every parsed file with the value of its option, to prove options reach rules. */
final class FileEchoRule implements JavaFileRule {

    static final String ID = "custom/file-echo";
    private static final RuleMetadata METADATA = RuleMetadata.builder(ID, FileEchoRule.class)
            .name("FileEcho")
            .shortDescription("Echoes parsed files.")
            .fullDescription("Reports each parsed file with its limit option; a test fixture.")
            .defaultLevel(Level.NOTE)
            .option(RuleOption.integer("limit", 3, "a number echoed in every message").between(1, 10))
            .build();

    private final int limit;

    FileEchoRule() {
        this(3);
    }

    private FileEchoRule(int limit) {
        this.limit = limit;
    }

    @Override
    public Rule configured(RuleOptions options) {
        return new FileEchoRule(options.integer("limit"));
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(JavaFile file, FindingSink sink) {
        sink.report(Level.WARNING, Location.of(file.path(), Region.line(1), ""), "limit " + limit, java.util.List.of());
    }
}
