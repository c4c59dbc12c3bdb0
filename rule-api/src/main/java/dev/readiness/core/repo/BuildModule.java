package dev.readiness.core.repo;

import java.util.List;

/**
 * A Maven or Gradle module: its directory relative to the repository root ("" at the root), the build
 * file that declares it ("" for a module known only by its source layout), and the conventional source roots that exist in it.
 */
public record BuildModule(String directory, String buildFile, BuildTool tool, List<String> mainSourceRoots,
                          List<String> testSourceRoots) implements Comparable<BuildModule> {

    /** CONVENTION: no build file, but the standard src/main/java or src/test/java layout. */
    public enum BuildTool { MAVEN, GRADLE, CONVENTION }

    public BuildModule {
        mainSourceRoots = List.copyOf(mainSourceRoots);
        testSourceRoots = List.copyOf(testSourceRoots);
    }

    /** A readable name: the directory's last segment, or "(root)". */
    public String displayName() {
        return directory.isEmpty() ? "(root)" : directory.substring(directory.lastIndexOf('/') + 1);
    }

    @Override
    public int compareTo(BuildModule other) {
        return directory.compareTo(other.directory);
    }
}
