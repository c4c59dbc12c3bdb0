package dev.readiness.core.modules;

import dev.readiness.core.repo.BuildModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Gradle project path (":a:b") and type-safe accessor ("projects.a.b", kebab-case camelized) of each
 * Gradle module, relative to the nearest settings.gradle[.kts] above it.
 */
final class GradleProjects {

    private static final Pattern PROJECT_DIR = Pattern.compile("project\\s*\\(\\s*[\"'](:?[^\"']+)[\"']\\s*\\)\\s*"
            + "\\.projectDir\\s*=\\s*(?:file|new\\s+File)\\s*\\(\\s*(?:[^,()]*,\\s*)?[\"']([^\"']+)[\"']\\s*\\)");

    private final TreeSet<String> settingsRoots = new TreeSet<>();
    private final Map<String, String> pathByModule = new TreeMap<>();

    GradleProjects(List<BuildModule> gradleModules, List<String> paths, Function<String, Optional<String>> text) {
        Map<String, String> movedProjects = new TreeMap<>(); // module directory -> project path
        for (String path : paths) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (name.equals("settings.gradle") || name.equals("settings.gradle.kts")) {
                String root = parent(path);
                settingsRoots.add(root);
                text.apply(path).ifPresent(settings -> readProjectDirs(root, settings, movedProjects));
            }
        }
        for (BuildModule module : gradleModules) {
            String root = settingsRootOf(module.directory());
            String projectPath = movedProjects.getOrDefault(module.directory(), defaultPath(root, module.directory()));
            pathByModule.put(module.directory(), projectPath);
        }
    }

    private static void readProjectDirs(String root, String settings, Map<String, String> movedProjects) {
        Matcher matcher = PROJECT_DIR.matcher(GradleText.withoutComments(settings));
        while (matcher.find()) {
            String directory = matcher.group(2).replaceFirst("^\\$\\{?rootDir}?/", "").replaceFirst("^\\./", "");
            String projectPath = matcher.group(1).startsWith(":") ? matcher.group(1) : ":" + matcher.group(1);
            movedProjects.put(root.isEmpty() ? directory : root + "/" + directory, projectPath);
        }
    }

    /** The directory of the nearest settings file at or above {@code directory} ("" when there is none). */
    String settingsRootOf(String directory) {
        for (String candidate = directory; ; candidate = parent(candidate)) {
            if (settingsRoots.contains(candidate) || candidate.isEmpty()) {
                return candidate;
            }
        }
    }

    String pathOf(String moduleDirectory) {
        return pathByModule.getOrDefault(moduleDirectory, ":");
    }

    /** The module with this project path in the build rooted at {@code root} (a build has a few dozen modules). */
    Optional<String> moduleOfPath(String root, String projectPath) {
        return modulesUnder(root).stream().filter(module -> pathOf(module).equals(projectPath)).findFirst();
    }

    /** The module with this type-safe accessor ("a.bC" of "projects.a.bC") in the build rooted at {@code root}. */
    Optional<String> moduleOfAccessor(String root, String accessor) {
        return modulesUnder(root).stream().filter(module -> accessor(pathOf(module)).equals(accessor)).findFirst();
    }

    /** Every Gradle module of the build rooted at {@code root}. */
    List<String> modulesUnder(String root) {
        List<String> modules = new ArrayList<>();
        pathByModule.keySet().stream().filter(module -> settingsRootOf(module).equals(root)).forEach(modules::add);
        return modules;
    }

    private static String defaultPath(String root, String directory) {
        String relative = root.isEmpty() ? directory : directory.equals(root) ? "" : directory.substring(root.length() + 1);
        return ":" + relative.replace('/', ':');
    }

    /** ":spring-core" -> "springCore", ":a:b-c" -> "a.bC" (Gradle's type-safe project accessors). */
    static String accessor(String projectPath) {
        List<String> segments = new ArrayList<>();
        for (String segment : projectPath.substring(1).split(":")) {
            StringBuilder camel = new StringBuilder();
            boolean upper = false;
            for (char c : segment.toCharArray()) {
                if (c == '-' || c == '_') {
                    upper = true;
                } else {
                    camel.append(upper ? Character.toUpperCase(c) : c);
                    upper = false;
                }
            }
            segments.add(camel.toString());
        }
        return String.join(".", segments);
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
