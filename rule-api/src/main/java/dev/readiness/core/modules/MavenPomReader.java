package dev.readiness.core.modules;

import dev.readiness.core.xml.ElementPathHandler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads a pom.xml with {@link ElementPathHandler}: coordinates, packaging, parent, properties and the dependencies of the
 * project and its profiles (never those of dependencyManagement or of plugins).
 */
final class MavenPomReader {

    private static final List<String> DEPENDENCY_PATHS = List.of("project/dependencies/dependency",
            "project/profiles/profile/dependencies/dependency");

    private MavenPomReader() {
    }

    /** The pom, or empty when it is not well-formed XML with a {@code <project>} root. */
    static Optional<MavenPom> read(String path, String text) {
        Handler handler = new Handler();
        if (!ElementPathHandler.parse(text, handler) || !handler.sawProject) {
            return Optional.empty();
        }
        return Optional.of(new MavenPom(path, handler.value("project/groupId"), handler.value("project/artifactId"),
                handler.value("project/packaging"), handler.value("project/parent/groupId"), handler.value("project/parent/artifactId"),
                handler.properties, handler.dependencies));
    }

    /** Collects the text of the few elements that matter. */
    private static final class Handler extends ElementPathHandler {

        private final Map<String, String> values = new HashMap<>();
        private final Map<String, String> properties = new TreeMap<>();
        private final Map<String, String> dependency = new HashMap<>();
        private final List<MavenPom.Dependency> dependencies = new ArrayList<>();
        private int dependencyLine;
        private boolean sawProject;

        @Override
        protected void started(String path, String name) {
            sawProject |= depth() == 1 && name.equals("project");
            if (DEPENDENCY_PATHS.contains(path)) {
                dependency.clear();
                dependencyLine = line();
            }
        }

        @Override
        protected void ended(String path, String parent, String name, String value) {
            if (DEPENDENCY_PATHS.contains(path)) {
                dependencies.add(new MavenPom.Dependency(dependency.getOrDefault("groupId", ""),
                        dependency.getOrDefault("artifactId", ""), dependency.getOrDefault("scope", "compile"),
                        dependency.getOrDefault("optional", "false").equals("true"), dependencyLine));
            } else if (DEPENDENCY_PATHS.contains(parent)) {
                dependency.put(name, value);
            } else if (parent.equals("project/properties")) {
                properties.put(name, value);
            } else {
                values.put(path, value);
            }
        }

        String value(String path) {
            return values.getOrDefault(path, "");
        }
    }
}
