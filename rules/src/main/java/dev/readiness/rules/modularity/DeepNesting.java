package dev.readiness.rules.modularity;

import com.github.javaparser.ast.body.CallableDeclaration;
import dev.readiness.core.config.RuleOption;
import dev.readiness.core.metrics.CodeHealth;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.JavaFileRule;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.Rule;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.rule.RuleOptions;
import dev.readiness.core.rule.SourceLocations;
import dev.readiness.core.source.JavaFile;
import dev.readiness.core.source.metrics.Callables;
import dev.readiness.core.source.metrics.NestingDepth;

/** Production methods whose control flow nests more than 4 levels deep (CodeScene's nesting biomarker). */
public final class DeepNesting implements JavaFileRule {

    public static final String ID = "modularity/deep-nesting";
    /** The readiness.yml option setting the threshold. */
    public static final String OPTION = "threshold";
    /** CodeScene's default nesting-depth biomarker: deeper than 4 levels is reported. */
    public static final int THRESHOLD = CodeHealth.NESTING_THRESHOLD;

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID, DeepNesting.class)
            .name("DeepNesting")
            .shortDescription("Method nests control flow more than " + THRESHOLD + " levels deep.")
            .fullDescription("Reports production methods and constructors whose control flow (if / else-if chains, "
                    + "loops, switch, try, synchronized, lambdas and nested classes) nests more than " + THRESHOLD
                    + " levels deep. Deep nesting hides which conditions hold at a line, so AI agents and reviewers "
                    + "put changes in the wrong branch.")
            .defaultLevel(Level.WARNING)
            .precision(Precision.HIGH)
            .option(RuleOption.integer(OPTION, THRESHOLD,
                    "a method nesting control flow deeper than this is reported").between(1, 100))
            .tags("modularity", "maintainability", "complexity", "ai-readiness")
            .build();

    private final int threshold;

    public DeepNesting() {
        this(THRESHOLD);
    }

    private DeepNesting(int threshold) {
        this.threshold = threshold;
    }

    @Override
    public Rule configured(RuleOptions options) {
        return new DeepNesting(options.integer(OPTION));
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(JavaFile file, FindingSink sink) {
        if (!file.isProduction()) {
            return;
        }
        for (CallableDeclaration<?> callable : Callables.outermostWithBody(file.unit())) {
            NestingDepth.Result result = NestingDepth.of(callable);
            if (result.depth() > threshold) {
                sink.report(SourceLocations.ofName(file, callable), Callables.describe(callable)
                        + " nests control flow " + result.depth() + " levels deep (threshold " + threshold
                        + "), deepest at line " + result.line() + ": flatten it with guard clauses and extract "
                        + "the inner blocks into well-named methods.");
            }
        }
    }
}
