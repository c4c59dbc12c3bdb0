package dev.readiness.core.repo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds Maven and Gradle modules among listed paths (a directory holding pom.xml or build.gradle[.kts])
 * and assigns every file to the deepest module that contains it.
 */
final class ModuleDetector {

    private static final String[][] MAIN_ROOTS = {{"src/main/java"}, {"src/main/kotlin"}};
    private static final String[][] TEST_ROOTS = {{"src/test/java"}, {"src/test/kotlin"}};

    private final NavigableMap<String, BuildModule> modulesByDirectory = new TreeMap<>();

    ModuleDetector(List<String> paths) {
        Map<String, String> buildFileByDirectory = new TreeMap<>();
        Set<String> directories = new TreeSet<>();
        for (String path : paths) {
            String directory = parent(path);
            directories.add(directory);
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (name.equals("pom.xml")) {
                buildFileByDirectory.put(directory, path);
            } else if ((name.equals("build.gradle") || name.equals("build.gradle.kts"))) {
                buildFileByDirectory.putIfAbsent(directory, path);
            }
        }
        buildFileByDirectory.forEach((directory, buildFile) -> modulesByDirectory.put(directory, new BuildModule(
                directory,
                buildFile,
                buildFile.endsWith("pom.xml") ? BuildModule.BuildTool.MAVEN : BuildModule.BuildTool.GRADLE,
                existingRoots(directory, MAIN_ROOTS, paths),
                existingRoots(directory, TEST_ROOTS, paths))));
    }

    List<BuildModule> modules() {
        return List.copyOf(modulesByDirectory.values());
    }

    /** The directory of the deepest module containing {@code path}, or "" when none does. */
    String moduleOf(String path) {
        String directory = parent(path);
        while (true) {
            if (modulesByDirectory.containsKey(directory)) {
                return directory;
            }
            if (directory.isEmpty()) {
                return "";
            }
            directory = parent(directory);
        }
    }

    private static List<String> existingRoots(String directory, String[][] candidates, List<String> paths) {
        List<String> roots = new ArrayList<>();
        for (String[] candidate : candidates) {
            String root = directory.isEmpty() ? candidate[0] : directory + "/" + candidate[0];
            String prefix = root + "/";
            if (paths.stream().anyMatch(path -> path.startsWith(prefix))) {
                roots.add(root);
            }
        }
        return roots;
    }

    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
