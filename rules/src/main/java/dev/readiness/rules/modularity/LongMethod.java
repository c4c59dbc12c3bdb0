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

/** Methods and constructors with more than 70 lines of code in their body (CodeScene's default). */
public final class LongMethod implements JavaFileRule {

    public static final String ID = "modularity/long-method";
    /** The readiness.yml option setting the threshold. */
    public static final String OPTION = "threshold";
    /** CodeScene's default function-length biomarker: a body above 70 lines of code is reported. */
    public static final int THRESHOLD = CodeHealth.LONG_METHOD_LINES;

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID, LongMethod.class)
            .name("LongMethod")
            .shortDescription("Method body has more than " + THRESHOLD + " lines of code.")
            .fullDescription("Reports methods and constructors whose body holds more than " + THRESHOLD + " lines of code "
                    + "(lines with at least one token that is not a comment, between the braces). Long methods mix "
                    + "several responsibilities and do not fit in the context an AI agent or a reviewer looks at.")
            .defaultLevel(Level.WARNING)
            .precision(Precision.HIGH)
            .option(RuleOption.integer(OPTION, THRESHOLD,
                    "a method body with more lines of code than this is reported").between(1, 10000))
            .tags("modularity", "maintainability", "size", "ai-readiness")
            .build();

    private final int threshold;

    public LongMethod() {
        this(THRESHOLD);
    }

    private LongMethod(int threshold) {
        this.threshold = threshold;
    }

    @Override
    public Rule configured(RuleOptions options) {
        return new LongMethod(options.integer(OPTION));
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(JavaFile file, FindingSink sink) {
        for (CallableDeclaration<?> callable : Callables.outermostWithBody(file.unit())) {
            int lines = Callables.body(callable).map(file.codeLines()::inside).orElse(0);
            if (lines > threshold) {
                sink.report(SourceLocations.ofName(file, callable), Callables.describe(callable) + " has " + lines
                        + " lines of code (threshold " + threshold + "): extract cohesive steps into well-named "
                        + "methods so each part can be read, tested and changed on its own.");
            }
        }
    }
}
