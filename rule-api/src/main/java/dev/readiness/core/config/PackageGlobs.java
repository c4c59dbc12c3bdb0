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

    private PackageGlobs() {
    }

    /** What is wrong with {@code glob}, empty when ArchUnit accepts it. */
    public static Optional<String> problem(String glob) {
        if (glob.isBlank()) {
            return Optional.of("a package glob must not be empty");
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
