package dev.readiness.core.repo;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The file names with a fixed meaning in a project, recognised the same way everywhere: the README, the build
 * file and the agent instruction files. One list each, so that no two rules (or the engine) disagree.
 */
public final class WellKnownFiles {

    /**
     * Lower-case README names: plain, Markdown, AsciiDoc, reStructuredText (Apache POI's) and text, the formats forges
     * render or show.
     */
    private static final Set<String> README_NAMES = Set.of(
            "readme", "readme.md", "readme.markdown", "readme.adoc", "readme.asciidoc", "readme.rst", "readme.txt");

    /** Build files in order of preference: Maven, then Gradle's Kotlin script, then its Groovy script. */
    public static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle.kts", "build.gradle");

    private static final java.util.regex.Pattern INSTRUCTION_PATH = java.util.regex.Pattern.compile(
            "(?:.*/)?(?:AGENTS\\.md|CLAUDE\\.md|GEMINI\\.md|\\.cursorrules|\\.windsurfrules)"
                    + "|(?:.*/)?\\.github/copilot-instructions\\.md"
                    + "|(?:.*/)?\\.github/instructions/[^/]+\\.instructions\\.md"
                    + "|(?:.*/)?\\.cursor/rules/(?:.*/)?[^/]+\\.mdc",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private WellKnownFiles() {
    }

    /**
     * An agent instruction file: AGENTS.md at any level, CLAUDE.md, GEMINI.md, GitHub Copilot instructions, Cursor
     * rules, .cursorrules or .windsurfrules; never one among test fixtures or resources.
     */
    public static boolean isAgentInstructions(RepoFile file) {
        return INSTRUCTION_PATH.matcher(file.path()).matches() && !file.kind().isTestSide()
                && !RESOURCES.matcher("/" + file.path()).find();
    }

    /** Files under src/&lt;set&gt;/resources are fixtures or data, never instructions for this repository. */
    private static final java.util.regex.Pattern RESOURCES = java.util.regex.Pattern.compile("/src/[^/]+/resources/");

    /** A README in any letter case ({@code README.md}, {@code Readme.adoc}, {@code readme}). */
    public static boolean isReadme(RepoFile file) {
        return README_NAMES.contains(file.fileName().toLowerCase(Locale.ROOT));
    }

    /** A Maven or Gradle build file (names are case-sensitive for the build tools, so here too). */
    public static boolean isBuildFile(RepoFile file) {
        return BUILD_FILES.contains(file.fileName());
    }
}
