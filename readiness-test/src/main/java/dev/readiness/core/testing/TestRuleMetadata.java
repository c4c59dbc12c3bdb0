package dev.readiness.core.testing;

import dev.readiness.core.config.RuleOption;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.MeasuredPrecision;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RuleMetadata;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Rule metadata for tests of reports and scores, named part by part instead of a ten-argument constructor. Every
 * part not set has a plain default: the name from the id, "Short description of <id>.", a help page with a "How to
 * fix" section, a warning of high precision, no tags, no security severity, no options, every file role.
 */
public final class TestRuleMetadata {

    private final String id;
    private String summary;
    private String description;
    private String help;
    private Level level = Level.WARNING;
    private Precision precision = Precision.HIGH;
    private List<String> tags = List.of();
    private String securitySeverity;
    private List<RuleOption> options = List.of();
    private MeasuredPrecision measured;
    private Effort effort = Effort.LINES;

    private TestRuleMetadata(String id) {
        this.id = id;
        this.summary = "Short description of " + id + ".";
        this.description = "Full description of " + id + ".";
        this.help = "# " + id + "\n\n## How to fix\n\nFix it.\n";
    }

    /** Starts the metadata of rule {@code id} ({@code category/kebab-name}). */
    public static TestRuleMetadata rule(String id) {
        return new TestRuleMetadata(id);
    }

    public TestRuleMetadata summary(String text) {
        this.summary = text;
        return this;
    }

    public TestRuleMetadata description(String text) {
        this.description = text;
        return this;
    }

    public TestRuleMetadata help(String markdown) {
        this.help = markdown;
        return this;
    }

    public TestRuleMetadata level(Level value) {
        this.level = value;
        return this;
    }

    public TestRuleMetadata precision(Precision value) {
        this.precision = value;
        return this;
    }

    public TestRuleMetadata tags(String... values) {
        this.tags = List.of(values);
        return this;
    }

    /** Makes it a security rule, e.g. "7.5". */
    public TestRuleMetadata securitySeverity(String value) {
        this.securitySeverity = value;
        return this;
    }

    public TestRuleMetadata options(RuleOption... values) {
        this.options = List.of(values);
        return this;
    }

    /** The precision measured on the labelled corpus; below the bar the rule ships as an unscored note. */
    public TestRuleMetadata measured(MeasuredPrecision value) {
        this.measured = value;
        return this;
    }

    /** What fixing one finding takes; the plan's effort and a whole-file fix follow it. */
    public TestRuleMetadata effort(Effort value) {
        this.effort = value;
        return this;
    }

    public RuleMetadata build() {
        return new RuleMetadata(id, RuleMetadata.nameOf(id), summary, description, help, level, precision, tags,
                securitySeverity, options, EnumSet.allOf(FileKind.class), Set.of()).withEffort(effort).withMeasured(measured);
    }
}
