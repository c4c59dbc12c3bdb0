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
    private static final String[] CONVENTIONAL_ROOTS = {"src/main/java/", "src/test/java/"};

    private static final java.util.regex.Pattern FIXTURE = java.util.regex.Pattern.compile("/src/[^/]+/resources/");

    private static final FileRoles CONVENTIONS = FileRoles.conventions();

    private final NavigableMap<String, BuildModule> modulesByDirectory = new TreeMap<>();

    ModuleDetector(List<String> paths) {
        Map<String, String> buildFileByDirectory = new TreeMap<>();
        for (String path : paths) {
            if (isFixture(path)) {
                continue; // a build file among test resources or test projects is a fixture, not a module of this build
            }
            String directory = parent(path);
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (name.equals("pom.xml")) {
                buildFileByDirectory.put(directory, path);
            } else if (isGradleBuildFile(directory, name)) {
                buildFileByDirectory.putIfAbsent(directory, path);
            }
        }
        for (String directory : conventionalModuleDirectories(paths)) {
            buildFileByDirectory.putIfAbsent(directory, "");
        }
        buildFileByDirectory.forEach((directory, buildFile) -> modulesByDirectory.put(directory, new BuildModule(
                directory,
                buildFile,
                buildFile.endsWith("pom.xml") ? BuildModule.BuildTool.MAVEN
                        : buildFile.isEmpty() ? BuildModule.BuildTool.CONVENTION : BuildModule.BuildTool.GRADLE,
                existingRoots(directory, MAIN_ROOTS, paths),
                existingRoots(directory, TEST_ROOTS, paths))));
    }

    /** build.gradle[.kts], or {@code <directory-name>.gradle[.kts]} as multi-project builds like Spring name them. */
    private static boolean isGradleBuildFile(String directory, String name) {
        String directoryName = directory.substring(directory.lastIndexOf('/') + 1);
        return name.equals("build.gradle") || name.equals("build.gradle.kts")
                || (!directoryName.isEmpty()
                        && (name.equals(directoryName + ".gradle") || name.equals(directoryName + ".gradle.kts")));
    }

    /** Directories holding src/main/java or src/test/java: a module by convention even without a build file. */
    private static Set<String> conventionalModuleDirectories(List<String> paths) {
        Set<String> directories = new TreeSet<>();
        for (String path : paths) {
            if (isFixture(path)) {
                continue;
            }
            for (String root : CONVENTIONAL_ROOTS) {
                int at = ("/" + path).indexOf("/" + root);
                if (at >= 0) {
                    directories.add(at == 0 ? "" : path.substring(0, at - 1));
                    break;
                }
            }
        }
        return directories;
    }

    private static boolean isFixture(String path) {
        return FIXTURE.matcher("/" + path).find() || CONVENTIONS.roleOf(path) == FileKind.TEST_FIXTURE;
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
