package dev.readiness.rules.modularity;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.readiness.core.metrics.CodeHealth;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.JavaFileRule;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Option;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.rule.SourceLocations;
import dev.readiness.core.source.JavaFile;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Production Java files with more than 1,000 lines of code (CodeScene's first file-size tier). */
@RuleDefinition(
        id = "modularity/large-file",
        summary = "Production Java file has more than 1,000 lines of code.",
        description = "Reports production Java files with more than 1,000 lines of code (lines with at least one "
                + "token that is not a comment), naming the size tier passed: over 1,000, 5,000 or 10,000. Such "
                + "files do not fit in an AI agent's context and collect unrelated changes.",
        level = Level.WARNING,
        effort = Effort.FILE,
        precision = Precision.HIGH,
        scope = FileKind.PRODUCTION,
        tags = {"modularity", "maintainability", "size", "ai-readiness"}
)
public final class LargeFile implements JavaFileRule {

    /** CodeScene's file-size tiers; a file above the first is reported, the message names the highest passed. */
    public static final List<Integer> TIERS = CodeHealth.LARGE_FILE_TIERS;
    /** The size above which a file is reported; by default the first tier. */
    public record Options(@Option(defaultValue = CodeHealth.LARGE_FILE_LINES, min = 1, max = 1_000_000,
            description = "a production file with more lines of code than this is reported") int threshold) {
    }

    private final int threshold;

    public LargeFile(Options options) {
        this.threshold = options.threshold();
    }

    @Override
    public void check(JavaFile file, FindingSink sink) {
        int lines = file.codeLines().total();
        Optional<TypeDeclaration<?>> primary = primaryType(file);
        if (lines > threshold && primary.isPresent()) {
            sink.report(SourceLocations.ofName(file, primary.get()), "File has " + String.format(Locale.ROOT, "%,d", lines)
                    + " lines of code, over the " + String.format(Locale.ROOT, "%,d", Math.max(tier(lines), threshold))
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
