package dev.readiness.rules.modularity;

import com.github.javaparser.ast.body.TypeDeclaration;
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
import java.util.List;
import java.util.Optional;

/** Production Java files with more than 1,000 lines of code (CodeScene's first file-size tier). */
public final class LargeFile implements JavaFileRule {

    public static final String ID = "modularity/large-file";
    /** CodeScene's file-size tiers; a file above the first is reported, the message names the highest passed. */
    public static final List<Integer> TIERS = CodeHealth.LARGE_FILE_TIERS;
    /** The readiness.yml option setting the size above which a file is reported (default: the first tier). */
    public static final String OPTION = "threshold";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID, LargeFile.class)
            .name("LargeFile")
            .shortDescription("Production Java file has more than 1,000 lines of code.")
            .fullDescription("Reports production Java files with more than 1,000 lines of code (lines with at least one "
                    + "token that is not a comment), naming the size tier passed: over 1,000, 5,000 or 10,000. Such "
                    + "files do not fit in an AI agent's context and collect unrelated changes.")
            .defaultLevel(Level.WARNING)
            .precision(Precision.HIGH)
            .option(RuleOption.integer(OPTION, TIERS.get(TIERS.size() - 1),
                    "a production file with more lines of code than this is reported").between(1, 1_000_000))
            .tags("modularity", "maintainability", "size", "ai-readiness")
            .build();

    private final int threshold;

    public LargeFile() {
        this(TIERS.get(TIERS.size() - 1));
    }

    private LargeFile(int threshold) {
        this.threshold = threshold;
    }

    @Override
    public Rule configured(RuleOptions options) {
        return new LargeFile(options.integer(OPTION));
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
        int lines = file.codeLines().total();
        Optional<TypeDeclaration<?>> primary = primaryType(file);
        if (lines > threshold && primary.isPresent()) {
            sink.report(SourceLocations.ofName(file, primary.get()), "File has " + String.format("%,d", lines)
                    + " lines of code, over the " + String.format("%,d", Math.max(tier(lines), threshold))
                    + "-line tier: split it "
                    + "into smaller files around cohesive responsibilities.");
        }
    }

    /** The highest tier that {@code lines} exceeds, or 0 below all tiers. */
    static int tier(int lines) {
        return TIERS.stream().filter(tier -> lines > tier).findFirst().orElse(0);
    }

    /** The top-level type named like the file, otherwise the first top-level type. */
    private static Optional<TypeDeclaration<?>> primaryType(JavaFile file) {
        String path = file.path();
        String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.java$", "");
        List<TypeDeclaration<?>> types = file.unit().getTypes();
        return types.stream().filter(type -> type.getNameAsString().equals(name)).findFirst()
                .or(() -> types.stream().findFirst());
    }
}
