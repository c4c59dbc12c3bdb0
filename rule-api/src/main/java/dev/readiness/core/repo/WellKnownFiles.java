package dev.readiness.core.repo;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The file names with a fixed meaning at the root of a project, recognised the same way everywhere: the README
 * and the build file. One list each, so that no two rules disagree about what counts.
 */
public final class WellKnownFiles {

    /** Lower-case README names: plain, Markdown, AsciiDoc and text, the formats forges render or show. */
    private static final Set<String> README_NAMES = Set.of(
            "readme", "readme.md", "readme.markdown", "readme.adoc", "readme.asciidoc", "readme.txt");

    /** Build files in order of preference: Maven, then Gradle's Kotlin script, then its Groovy script. */
    public static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle.kts", "build.gradle");

    private WellKnownFiles() {
    }

    /** A README in any letter case ({@code README.md}, {@code Readme.adoc}, {@code readme}). */
    public static boolean isReadme(RepoFile file) {
        return README_NAMES.contains(file.fileName().toLowerCase(Locale.ROOT));
    }

    /** A Maven or Gradle build file (names are case-sensitive for the build tools, so here too). */
    public static boolean isBuildFile(RepoFile file) {
        return BUILD_FILES.contains(file.fileName());
    }
}
