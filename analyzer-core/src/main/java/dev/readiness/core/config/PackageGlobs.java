package dev.readiness.core.config;

import com.tngtech.archunit.core.domain.PackageMatcher;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ArchUnit package globs ({@code ..web..}, {@code com.acme.(*)..}) matched with ArchUnit's own
 * {@link PackageMatcher}, so the source analysis and the bytecode analysis agree on every package.
 */
public final class PackageGlobs {

    private static final Map<String, PackageMatcher> MATCHERS = new ConcurrentHashMap<>();

    private PackageGlobs() {
    }

    /** Whether {@code packageName} matches at least one of {@code globs}. */
    public static boolean matchesAny(Collection<String> globs, String packageName) {
        return globs.stream().anyMatch(glob -> matcher(glob).matches(packageName));
    }

    private static PackageMatcher matcher(String glob) {
        return MATCHERS.computeIfAbsent(glob, PackageMatcher::of);
    }
}
