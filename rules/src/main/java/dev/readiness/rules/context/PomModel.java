package dev.readiness.rules.context;

import dev.readiness.core.xml.ElementPathHandler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What {@link UnreproducibleBuild} reads from a pom.xml: its artifactId, its parent, the plugins it declares
 * (with or without a version, and where), the plugin versions it pins, whether it names a Java version, and
 * its modules.
 */
record PomModel(String artifactId, Optional<Parent> parent, List<String> modules, List<Plugin> plugins,
                Set<String> pinned, boolean declaresJava) {

    /** The parent's artifactId and relativePath (null when not given, so Maven's default ../pom.xml applies). */
    record Parent(String artifactId, String relativePath) {
    }

    /** A plugin entry: {@code groupId:artifactId}, whether it has a version, and the line of its artifactId. */
    record Plugin(String key, boolean versioned, int line) {
    }

    private static final Pattern PLUGIN = Pattern.compile(
            "project(/profiles/profile)?/build(/pluginManagement)?/plugins/plugin");
    private static final Pattern JAVA_IN_PLUGIN = Pattern.compile(".*/plugin/configuration/(release|source|target|jdkToolchain)");
    private static final Set<String> JAVA_PROPERTIES = Set.of("maven.compiler.release", "maven.compiler.source",
            "maven.compiler.target", "java.version", "jdk.version", "java.release");

    static Optional<PomModel> read(String text) {
        Handler handler = new Handler();
        if (!ElementPathHandler.parse(text, handler)) {
            return Optional.empty();
        }
        Optional<Parent> parent = handler.values.containsKey("project/parent/artifactId")
                ? Optional.of(new Parent(handler.values.get("project/parent/artifactId"),
                        handler.values.get("project/parent/relativePath")))
                : Optional.empty();
        return Optional.of(new PomModel(handler.values.getOrDefault("project/artifactId", ""), parent,
                handler.modules, handler.plugins, handler.pinned, handler.declaresJava));
    }

    /** Collects the plugin being read and the few other elements that matter. */
    private static final class Handler extends ElementPathHandler {

        private final Map<String, String> values = new HashMap<>();
        private final Map<String, String> plugin = new HashMap<>();
        private final List<Plugin> plugins = new ArrayList<>();
        private final List<String> modules = new ArrayList<>();
        private final Set<String> pinned = new TreeSet<>();
        private int artifactLine = 1;
        private boolean declaresJava;

        @Override
        protected void started(String path, String name) {
            String parent = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
            if (PLUGIN.matcher(path).matches()) {
                plugin.clear();
            } else if (PLUGIN.matcher(parent).matches() && name.equals("artifactId")) {
                artifactLine = line();
            }
        }

        @Override
        protected void ended(String path, String parent, String name, String value) {
            if (PLUGIN.matcher(path).matches()) {
                endPlugin();
            } else if (PLUGIN.matcher(parent).matches()) {
                plugin.put(name, value);
            } else if (path.matches("project(/profiles/profile)?/modules/module")) {
                modules.add(value);
            } else if (parent.matches("project(/profiles/profile)?/properties") && JAVA_PROPERTIES.contains(name)) {
                declaresJava = true;
            } else {
                declaresJava |= JAVA_IN_PLUGIN.matcher(path).matches();
                values.putIfAbsent(path, value);
            }
        }

        private void endPlugin() {
            String key = plugin.getOrDefault("groupId", "org.apache.maven.plugins") + ":"
                    + plugin.getOrDefault("artifactId", "");
            boolean versioned = !plugin.getOrDefault("version", "").isEmpty();
            plugins.add(new Plugin(key, versioned, artifactLine));
            if (versioned) {
                pinned.add(key);
            }
            declaresJava |= key.endsWith(":maven-toolchains-plugin");
        }
    }
}
