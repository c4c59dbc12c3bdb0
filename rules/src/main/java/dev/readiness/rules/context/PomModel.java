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
                Set<String> pinned, boolean declaresJava, String packaging, Set<String> extensionGroups) {

    /** Packagings whose lifecycle Maven itself defines, with plugin versions that change with Maven's own. */
    private static final Set<String> MAVEN_PACKAGINGS = Set.of("pom", "jar", "war", "ear", "ejb", "rar",
            "maven-plugin", "bom");

    /** Plugins Maven's super POM pins for every project (Maven 3.9: antrun, assembly, dependency, release). */
    private static final Set<String> SUPER_POM_PLUGINS = Set.of("maven-antrun-plugin", "maven-assembly-plugin",
            "maven-dependency-plugin", "maven-release-plugin");
    /** Plugins the clean, site and default lifecycles bind for every packaging. */
    private static final Set<String> EVERY_LIFECYCLE = Set.of("maven-clean-plugin", "maven-site-plugin",
            "maven-install-plugin", "maven-deploy-plugin");
    /** What each packaging's default lifecycle binds besides (Maven 3.9's default-bindings.xml). */
    private static final Map<String, Set<String>> PACKAGING_BINDINGS = Map.of(
            "jar", Set.of("maven-resources-plugin", "maven-compiler-plugin", "maven-surefire-plugin", "maven-jar-plugin"),
            "war", Set.of("maven-resources-plugin", "maven-compiler-plugin", "maven-surefire-plugin", "maven-war-plugin"),
            "ejb", Set.of("maven-resources-plugin", "maven-compiler-plugin", "maven-surefire-plugin", "maven-ejb-plugin"),
            "rar", Set.of("maven-resources-plugin", "maven-compiler-plugin", "maven-surefire-plugin", "maven-rar-plugin"),
            "ear", Set.of("maven-resources-plugin", "maven-ear-plugin"),
            "maven-plugin", Set.of("maven-resources-plugin", "maven-compiler-plugin", "maven-surefire-plugin",
                    "maven-jar-plugin", "maven-plugin-plugin"));

    /**
     * Whether Maven itself gives the plugin its version: its super POM, or the lifecycle of the pom's packaging.
     * That version is Maven's own, so a Maven wrapper, which fixes Maven's version, fixes it too (Hibernate
     * Validator's wrapper builds with Maven 3.9.16, whose super POM pins maven-dependency-plugin).
     */
    boolean mavenPins(String pluginKey) {
        if (!pluginKey.startsWith("org.apache.maven.plugins:")) {
            return false;
        }
        String artifact = pluginKey.substring(pluginKey.indexOf(':') + 1);
        return SUPER_POM_PLUGINS.contains(artifact) || EVERY_LIFECYCLE.contains(artifact)
                || PACKAGING_BINDINGS.getOrDefault(packaging, Set.of()).contains(artifact);
    }

    /**
     * Whether a plugin without a version gets it from the packaging's lifecycle mapping, which a pinned build
     * extension of the same group brings (Tycho's eclipse-plugin or eclipse-repository maps its own plugins at its
     * own version): Maven injects that version before it would warn.
     */
    boolean lifecyclePins(String pluginKey, List<PomModel> chain) {
        String group = pluginKey.substring(0, pluginKey.indexOf(':'));
        return !MAVEN_PACKAGINGS.contains(packaging)
                && chain.stream().anyMatch(ancestor -> ancestor.extensionGroups().contains(group));
    }

    /** The parent's artifactId and relativePath (null when not given, so Maven's default ../pom.xml applies). */
    record Parent(String artifactId, String relativePath) {
    }

    /**
     * A plugin entry: {@code groupId:artifactId}, whether it has a version, the line of its artifactId, and whether it
     * sits in an opt-in profile: one without activation or activated by a property only (a release profile run with
     * {@code -P release} or {@code -DperformRelease}), which the everyday build never runs; {@code managed} for an
     * entry of pluginManagement.
     */
    record Plugin(String key, boolean versioned, int line, boolean optIn, boolean managed) {

        String artifactId() {
            return key.substring(key.indexOf(':') + 1);
        }
    }

    private static final String PROFILE = "project/profiles/profile";
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
                handler.modules, handler.plugins(), handler.pinned, handler.declaresJava,
                handler.values.getOrDefault("project/packaging", "jar"), handler.extensionGroups));
    }

    /** A plugin as read, before its profile (index in document order, -1: none) is known to be opt-in or not. */
    private record PendingPlugin(String key, boolean versioned, int line, int profile, boolean managed) {
    }

    /** Collects the plugin being read and the few other elements that matter. */
    private static final class Handler extends ElementPathHandler {

        private final Map<String, String> values = new HashMap<>();
        private final Map<String, String> plugin = new HashMap<>();
        /** The plugins read, each with the profile it was declared in (-1: none), and per profile whether it is opt-in. */
        private final List<PendingPlugin> plugins = new ArrayList<>();
        private final List<Boolean> optInProfiles = new ArrayList<>();
        private boolean profileRunsByItself;
        private final List<String> modules = new ArrayList<>();
        private final Set<String> pinned = new TreeSet<>();
        private final Set<String> extensionGroups = new TreeSet<>();
        private int artifactLine = 1;
        private boolean declaresJava;

        @Override
        protected void started(String path, String name) {
            String parent = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
            if (path.equals(PROFILE)) {
                profileRunsByItself = false;
            } else if (PLUGIN.matcher(path).matches()) {
                plugin.clear();
            } else if (PLUGIN.matcher(parent).matches() && name.equals("artifactId")) {
                artifactLine = line();
            }
        }

        @Override
        protected void ended(String path, String parent, String name, String value) {
            if (path.equals(PROFILE)) {
                optInProfiles.add(!profileRunsByItself);
            } else if (parent.equals(PROFILE + "/activation") && !name.equals("property")
                    && !(name.equals("activeByDefault") && !"true".equals(value))) {
                profileRunsByItself = true; // on by default, or by JDK, OS or file: may be on in an everyday build
            } else if (PLUGIN.matcher(path).matches()) {
                endPlugin(path, path.startsWith(PROFILE + "/"));
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

        private void endPlugin(String path, boolean inProfile) {
            String key = plugin.getOrDefault("groupId", "org.apache.maven.plugins") + ":"
                    + plugin.getOrDefault("artifactId", "");
            boolean versioned = !plugin.getOrDefault("version", "").isEmpty();
            plugins.add(new PendingPlugin(key, versioned, artifactLine, inProfile ? optInProfiles.size() : -1,
                    path.contains("/pluginManagement/")));
            if (versioned) {
                pinned.add(key);
                if ("true".equals(plugin.get("extensions"))) {
                    extensionGroups.add(key.substring(0, key.indexOf(':')));
                }
            }
            declaresJava |= key.endsWith(":maven-toolchains-plugin");
        }

        /** The plugins, each knowing whether its profile is opt-in (decided once the profile has been read). */
        List<Plugin> plugins() {
            return plugins.stream().map(plugin -> new Plugin(plugin.key(), plugin.versioned(), plugin.line(),
                    plugin.profile() >= 0 && plugin.profile() < optInProfiles.size()
                            && optInProfiles.get(plugin.profile()), plugin.managed())).toList();
        }
    }
}
