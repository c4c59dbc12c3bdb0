package dev.readiness.core.evidence;

import java.util.List;

/**
 * The dynamic measures of one production class: its top-level qualified name (nested and anonymous
 * classes counted in), the repository-relative path of its source file ("" when not found among the
 * scanned files), its module directory, the measures, and the lines of surviving mutants (sorted, distinct).
 */
public record ClassEvidence(String className, String path, String module, Measures measures,
                            List<Integer> survivedLines) {

    public ClassEvidence {
        survivedLines = List.copyOf(survivedLines);
    }

    public String simpleName() {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
