package dev.readiness.core.history.metrics;

import dev.readiness.core.source.TypeInfo;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A light static dependency test between two Java files without syntax trees: file A depends on file B
 * when A's text imports a type declared in B, or names one of B's types as a whole word (same package,
 * wildcard import or fully qualified use). Comments are not stripped, so this errs towards "depends",
 * which makes hidden coupling (no dependency) the conservative finding.
 */
public final class StaticDependencies {

    private StaticDependencies() {
    }

    /** True when {@code textOfA} refers to a type declared in B ({@code typesOfB}). */
    public static boolean dependsOn(String textOfA, List<TypeInfo> typesOfB) {
        for (TypeInfo type : typesOfB) {
            if (imports(textOfA, type.qualifiedName()) || mentions(textOfA, type.simpleName())) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code textOfA} imports the type {@code qualifiedName} or names it as a whole word. */
    public static boolean namesType(String textOfA, String qualifiedName) {
        String simpleName = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        return imports(textOfA, qualifiedName) || mentions(textOfA, simpleName);
    }

    private static boolean imports(String text, String qualifiedName) {
        return Pattern.compile("(?m)^\\s*import\\s+(static\\s+)?" + Pattern.quote(qualifiedName) + "\\s*[;.]")
                .matcher(text).find();
    }

    private static boolean mentions(String text, String simpleName) {
        return Pattern.compile("(?<![\\w$])" + Pattern.quote(simpleName) + "(?![\\w$])").matcher(text).find();
    }
}
