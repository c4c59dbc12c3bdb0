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
import dev.readiness.core.source.metrics.CognitiveComplexity;

/** Methods whose cognitive complexity (Campbell) exceeds Sonar's default threshold of 15. */
public final class ComplexMethod implements JavaFileRule {

    public static final String ID = "modularity/complex-method";
    /** The readiness.yml option setting the threshold. */
    public static final String OPTION = "threshold";
    /** Sonar rule S3776's default: a method above 15 is reported. */
    public static final int THRESHOLD = CodeHealth.COMPLEX_METHOD_THRESHOLD;

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID, ComplexMethod.class)
            .name("ComplexMethod")
            .shortDescription("Method is hard to understand (cognitive complexity above " + THRESHOLD + ").")
            .fullDescription("Reports methods and constructors whose cognitive complexity, computed by G. Ann Campbell's rules "
                    + "(nesting-weighted branches, boolean operator sequences, jumps to labels, recursion), exceeds "
                    + THRESHOLD + ". Such methods are where AI agents and new developers most often break behaviour.")
            .defaultLevel(Level.WARNING)
            .precision(Precision.HIGH)
            .option(RuleOption.integer(OPTION, THRESHOLD,
                    "a method whose cognitive complexity is above this is reported").between(1, 1000))
            .tags("modularity", "maintainability", "complexity", "ai-readiness")
            .build();

    private final int threshold;

    public ComplexMethod() {
        this(THRESHOLD);
    }

    private ComplexMethod(int threshold) {
        this.threshold = threshold;
    }

    @Override
    public Rule configured(RuleOptions options) {
        return new ComplexMethod(options.integer(OPTION));
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(JavaFile file, FindingSink sink) {
        for (CallableDeclaration<?> callable : Callables.outermostWithBody(file.unit())) {
            CognitiveComplexity.Result result = CognitiveComplexity.of(callable);
            if (result.total() > threshold) {
                sink.report(SourceLocations.ofName(file, callable), message(callable, result));
            }
        }
    }

    private String message(CallableDeclaration<?> callable, CognitiveComplexity.Result result) {
        StringBuilder text = new StringBuilder()
                .append(Callables.describe(callable))
                .append(" has cognitive complexity ").append(result.total())
                .append(" (threshold ").append(threshold).append("): split it into smaller, well-named methods");
        result.largest().filter(increment -> increment.amount() > 1).ifPresent(increment -> text
                .append(", starting with the deeply nested '").append(increment.construct())
                .append("' at line ").append(increment.line()).append(" (+").append(increment.amount()).append(')'));
        return text.append(", and flatten nesting with early returns or guard clauses.").toString();
    }
}
