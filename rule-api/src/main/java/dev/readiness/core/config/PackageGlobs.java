package dev.readiness.core.config;

import com.tngtech.archunit.core.domain.PackageMatcher;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.PatternSyntaxException;

/**
 * Package globs mean exactly what they mean in ArchUnit ({@code ..web..}, {@code com.acme.service..},
 * {@code com.acme.(*)..}): a glob is valid when ArchUnit's {@link PackageMatcher} accepts it, and it is
 * matched with that matcher, so the source analysis and the bytecode analysis agree on every package.
 */
public final class PackageGlobs {

    private static final Map<String, PackageMatcher> MATCHERS = new ConcurrentHashMap<>();
    /**
     * ArchUnit matches a glob with a backtracking regular expression, whose time grows about fourfold with each
     * '..' on a deep package name (8 take 19 s on a 40-segment name); layer globs need one or two.
     */
    static final int MAX_ANY_PACKAGES = 4;

    private PackageGlobs() {
    }

    /** What is wrong with {@code glob}, empty when ArchUnit accepts it. */
    public static Optional<String> problem(String glob) {
        if (glob.isBlank()) {
            return Optional.of("a package glob must not be empty");
        }
        int anyPackages = glob.split("\\.\\.", -1).length - 1;
        if (anyPackages > MAX_ANY_PACKAGES) {
            return Optional.of("a package glob may hold at most " + MAX_ANY_PACKAGES + " '..' (this one has "
                    + anyPackages + ")");
        }
        try {
            PackageMatcher.of(glob);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of("unbalanced '(' or '[' (" + e.getDescription() + ")");
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            return Optional.of(message.lines().findFirst().orElse(message).strip());
        }
    }

    /** Whether {@code packageName} matches at least one of {@code globs}. */
    public static boolean matchesAny(Collection<String> globs, String packageName) {
        return globs.stream().anyMatch(glob -> matcher(glob).matches(packageName));
    }

    private static PackageMatcher matcher(String glob) {
        return MATCHERS.computeIfAbsent(glob, PackageMatcher::of);
    }
}
