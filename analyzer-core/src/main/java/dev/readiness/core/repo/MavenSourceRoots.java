package dev.readiness.core.repo;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RoleDecision;
import dev.readiness.core.xml.ElementPathHandler;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source roots the pom.xml files of a repository declare: {@code <sourceDirectory>}, {@code
 * <testSourceDirectory>}, the test resource directories (test data, unless named like a source directory, as
 * {@code src/test/java} is when a build copies the files beside the tests) and the build-helper plugin's
 * {@code add-source} / {@code add-test-source} executions. As
 * in Maven, a module that declares no source or test directory of its own inherits its parent's, resolved against
 * its own directory (Guice's parent pom gives every module {@code ${project.basedir}/src}); the parent is the pom
 * its {@code <parent>} names, found by {@code <relativePath>} (by default {@code ../pom.xml}) or by its
 * coordinates. Values using a property other than the project's base directory are skipped: they cannot be
 * resolved with certainty. A module below the repository root whose main code depends on a benchmark harness (JMH,
 * Caliper) is a benchmark module, whatever its name (Netty's {@code microbench}, Gson's {@code metrics}): its code
 * runs the product, it does not ship.
 */
final class MavenSourceRoots {

    private static final Pattern BASE_DIRECTORY = Pattern.compile("^\\$\\{(project\\.)?basedir}/?");
    private static final String BUILD = "project/build/";
    private static final String PARENT = "project/parent/";
    private static final String EXECUTION = BUILD + "plugins/plugin/executions/execution";
    private static final String DEPENDENCY = "project/dependencies/dependency";
    private static final String SOURCE_DIRECTORY = "sourceDirectory";
    private static final String TEST_SOURCE_DIRECTORY = "testSourceDirectory";
    private static final String TEST_RESOURCES = "testResources";
    /** A resource directory named like a source directory holds code beside its data: its role stays the source's. */
    private static final Pattern SOURCE_DIRECTORY_NAME = Pattern.compile("(.*/)?(java|kotlin|groovy|scala)/?");
    /** groupId:artifactId of the harnesses whose presence in main code makes a benchmark module. */
    private static final Set<String> BENCHMARK_HARNESSES = Set.of("org.openjdk.jmh:jmh-core",
            "com.google.caliper:caliper");
    private static final String ECLIPSE_PLUGIN = "eclipse-plugin";
    private static final String ECLIPSE_TEST_PLUGIN = "eclipse-test-plugin";
    /** build.properties' {@code source.<library> = dir/, other/} (continued lines already joined). */
    private static final Pattern BUNDLE_SOURCE = Pattern.compile("(?m)^\\s*source\\.[^=\\s]*\\s*[=:]\\s*(.+)$");
    /** Parents are followed this far at most: a cycle of relative paths must not loop. */
    private static final int MAX_INHERITANCE_DEPTH = 32;

    private MavenSourceRoots() {
    }

    /** What one pom.xml says about its sources and its parent; null when it is no readable XML. */
    static Pom parse(String pomPath, String text) {
        Handler handler = new Handler(pomPath);
        if (!ElementPathHandler.parse(text, handler)) {
            return null;
        }
        return new Pom(pomPath, handler.groupId, handler.artifactId, handler.parent(), List.copyOf(handler.declared),
                handler.benchmarkHarness, handler.packaging);
    }

    /**
     * The source roots of every pom in {@code poms} (by path), with what each inherits from its parents, and of the
     * Eclipse bundles among them, whose build.properties {@code text} reads. Everything else in an Eclipse test bundle
     * is its data, projects with their own build files included (eclipse.jdt.ls keeps the Maven and Gradle projects
     * its tests import under {@code org.eclipse.jdt.ls.tests/projects/}): their poms declare nothing.
     */
    static List<RoleDecision> roots(Map<String, Pom> poms, Function<String, Optional<String>> text) {
        Map<String, Pom> byCoordinates = new HashMap<>();
        poms.values().stream().sorted(Comparator.comparing(Pom::path))
                .forEach(pom -> byCoordinates.putIfAbsent(pom.coordinates(), pom));
        List<String> testBundles = testBundles(poms);
        List<RoleDecision> roots = new ArrayList<>();
        poms.values().stream().sorted(Comparator.comparing(Pom::path))
                .filter(pom -> testBundles.stream().noneMatch(bundle -> RootPaths.contains(bundle,
                        RootPaths.parent(pom.path()))))
                .forEach(pom -> roots.addAll(pom.isEclipseBundle() ? bundleRoots(pom, text)
                        : rootsOf(pom, poms, byCoordinates)));
        return roots;
    }

    /** The directories of the Eclipse test bundles among {@code poms} (below the repository root). */
    static List<String> testBundles(Map<String, Pom> poms) {
        return poms.values().stream().filter(pom -> ECLIPSE_TEST_PLUGIN.equals(pom.packaging()))
                .map(pom -> RootPaths.parent(pom.path())).filter(directory -> !directory.isEmpty()).sorted().toList();
    }

    /**
     * An Eclipse bundle's roots: the directories build.properties names for its libraries ({@code source.. = src/}),
     * else {@code src}; a test bundle's are test code and the rest of it is test data.
     */
    private static List<RoleDecision> bundleRoots(Pom pom, Function<String, Optional<String>> text) {
        String directory = RootPaths.parent(pom.path());
        String properties = directory.isEmpty() ? "build.properties" : directory + "/build.properties";
        boolean test = ECLIPSE_TEST_PLUGIN.equals(pom.packaging());
        FileKind role = test ? FileKind.TEST : FileKind.PRODUCTION;
        List<RoleDecision> roots = new ArrayList<>();
        List<String> sources = text.apply(properties).map(MavenSourceRoots::bundleSources).orElse(List.of());
        String reason = sources.isEmpty() ? pom.path() + " <packaging>" + pom.packaging() + "</packaging>, src by default"
                : properties + " source..";
        (sources.isEmpty() ? List.of("src") : sources).forEach(source -> RootPaths.resolve(directory, source)
                .ifPresent(root -> roots.add(new RoleDecision(root, role, reason, 0))));
        if (test && !directory.isEmpty()) {
            roots.add(new RoleDecision(directory, FileKind.TEST_FIXTURE,
                    "data of an Eclipse test bundle (" + pom.path() + ")", 0));
        }
        return roots;
    }

    /** The directories of build.properties' {@code source.*} entries, line continuations joined. */
    private static List<String> bundleSources(String properties) {
        Matcher source = BUNDLE_SOURCE.matcher(properties.replaceAll("\\\\\\R\\s*", ""));
        List<String> directories = new ArrayList<>();
        while (source.find()) {
            for (String directory : source.group(1).split(",")) {
                if (!directory.isBlank()) {
                    directories.add(directory.strip());
                }
            }
        }
        return directories;
    }

    private static List<RoleDecision> rootsOf(Pom pom, Map<String, Pom> poms, Map<String, Pom> byCoordinates) {
        String directory = RootPaths.parent(pom.path());
        List<Declared> declared = new ArrayList<>(pom.declared());
        inherit(pom, SOURCE_DIRECTORY, declared, poms, byCoordinates);
        inherit(pom, TEST_SOURCE_DIRECTORY, declared, poms, byCoordinates);
        inherit(pom, TEST_RESOURCES, declared, poms, byCoordinates);
        declared.removeIf(item -> item.role() == FileKind.TEST_FIXTURE && holdsSources(item.value(), declared));
        List<RoleDecision> roots = new ArrayList<>();
        declared.forEach(item -> RootPaths.resolve(directory, BASE_DIRECTORY.matcher(item.value()).replaceFirst(""))
                .ifPresent(root -> roots.add(new RoleDecision(root, item.role(), item.declaredIn() + " <"
                        + item.element() + ">" + (item.declaredIn().equals(pom.path()) ? "" : ", inherited by "
                        + pom.path()), 0))));
        if (pom.benchmarkHarness() && !directory.isEmpty()) {
            roots.add(new RoleDecision(directory, FileKind.TEST,
                    "a benchmark module: " + pom.path() + " depends on a benchmark harness (JMH, Caliper)", 0));
        }
        return roots;
    }

    /** A test resource directory that is a source directory too, by its name or as the pom declares it. */
    private static boolean holdsSources(String resources, List<Declared> declared) {
        return SOURCE_DIRECTORY_NAME.matcher(resources).matches() || declared.stream()
                .anyMatch(other -> other.role() != FileKind.TEST_FIXTURE && other.value().equals(resources));
    }

    /** Adds the nearest parent's {@code element} (all its entries) when {@code pom} declares none of its own. */
    private static void inherit(Pom pom, String element, List<Declared> declared, Map<String, Pom> poms,
                                Map<String, Pom> byCoordinates) {
        if (declared.stream().anyMatch(item -> item.element().equals(element))) {
            return;
        }
        Pom ancestor = pom.parentIn(poms, byCoordinates);
        for (int depth = 0; ancestor != null && depth < MAX_INHERITANCE_DEPTH; depth++) {
            List<Declared> found = ancestor.declared().stream().filter(item -> item.element().equals(element))
                    .toList();
            if (!found.isEmpty()) {
                declared.addAll(found);
                return;
            }
            ancestor = ancestor.parentIn(poms, byCoordinates);
        }
    }

    /** A directory a pom declares ({@code value} as written), in {@code declaredIn}. */
    record Declared(String value, FileKind role, String element, String declaredIn) {
    }

    /** A {@code <parent>}: its coordinates and where it says the parent's pom is. */
    record ParentReference(String groupId, String artifactId, String relativePath) {
    }

    /** One pom.xml as far as source roots go. */
    record Pom(String path, String groupId, String artifactId, ParentReference parent, List<Declared> declared,
               boolean benchmarkHarness, String packaging) {

        /** An Eclipse bundle built by Tycho: its sources are named in build.properties, not in the pom. */
        boolean isEclipseBundle() {
            return ECLIPSE_PLUGIN.equals(packaging) || ECLIPSE_TEST_PLUGIN.equals(packaging);
        }

        /** groupId:artifactId, the groupId inherited from the parent reference when not given. */
        String coordinates() {
            String group = groupId != null ? groupId : parent != null ? parent.groupId() : null;
            return group + ":" + artifactId;
        }

        /** The parent's pom when the repository holds it: at its relative path if that is it, else by coordinates. */
        Pom parentIn(Map<String, Pom> poms, Map<String, Pom> byCoordinates) {
            if (parent == null || parent.artifactId() == null) {
                return null;
            }
            String relative = parent.relativePath() == null ? "../pom.xml" : parent.relativePath();
            if (!relative.isBlank()) {
                String written = relative.endsWith(".xml") ? relative : relative + "/pom.xml";
                Optional<Pom> atPath = RootPaths.resolve(RootPaths.parent(path), written).map(poms::get);
                if (atPath.isPresent() && parent.artifactId().equals(atPath.get().artifactId())) {
                    return atPath.get() == this ? null : atPath.get();
                }
            }
            Pom byName = byCoordinates.get(parent.groupId() + ":" + parent.artifactId());
            return byName == this ? null : byName;
        }
    }

    private static final class Handler extends ElementPathHandler {

        private final List<Declared> declared = new ArrayList<>();
        private final List<String> goals = new ArrayList<>();
        private final List<String> sources = new ArrayList<>();
        private final Map<String, String> dependency = new HashMap<>();
        private final Map<String, String> parentElements = new HashMap<>();
        private boolean hasParent;
        private String groupId;
        private String artifactId;
        private String packaging = "jar";
        private boolean benchmarkHarness;
        private final String pomPath;

        Handler(String pomPath) {
            this.pomPath = pomPath;
        }

        ParentReference parent() {
            return hasParent ? new ParentReference(parentElements.get("groupId"), parentElements.get("artifactId"),
                    parentElements.get("relativePath")) : null;
        }

        @Override
        protected void started(String path, String name) {
            if (path.equals(EXECUTION)) {
                goals.clear();
                sources.clear();
            } else if (path.equals(DEPENDENCY)) {
                dependency.clear();
            } else if (path.equals("project/parent")) {
                hasParent = true;
            }
        }

        @Override
        protected void ended(String path, String parent, String name, String value) {
            if (path.equals(BUILD + SOURCE_DIRECTORY)) {
                declared.add(new Declared(value, FileKind.PRODUCTION, SOURCE_DIRECTORY, pomPath));
            } else if (path.equals(BUILD + TEST_SOURCE_DIRECTORY)) {
                declared.add(new Declared(value, FileKind.TEST, TEST_SOURCE_DIRECTORY, pomPath));
            } else if (path.equals(BUILD + "testResources/testResource/directory")) {
                declared.add(new Declared(value, FileKind.TEST_FIXTURE, TEST_RESOURCES, pomPath));
            } else if (path.startsWith(PARENT) && path.indexOf('/', PARENT.length()) < 0) {
                parentElements.put(name, value.strip());
            } else if (path.equals("project/groupId")) {
                groupId = value.strip();
            } else if (path.equals("project/artifactId")) {
                artifactId = value.strip();
            } else if (path.equals("project/packaging")) {
                packaging = value.strip();
            } else if (parent.equals(DEPENDENCY)) {
                dependency.put(name, value);
            } else if (path.equals(DEPENDENCY)) {
                String coordinates = dependency.get("groupId") + ":" + dependency.get("artifactId");
                boolean mainCode = !"test".equals(dependency.get("scope"));
                benchmarkHarness |= mainCode && BENCHMARK_HARNESSES.contains(coordinates);
            } else if (path.equals(EXECUTION + "/goals/goal")) {
                goals.add(value);
            } else if (path.equals(EXECUTION + "/configuration/sources/source")) {
                sources.add(value);
            } else if (path.equals(EXECUTION)) {
                for (String source : sources) {
                    if (goals.contains("add-test-source")) {
                        declared.add(new Declared(source, FileKind.TEST, "build-helper add-test-source", pomPath));
                    } else if (goals.contains("add-source")) {
                        declared.add(new Declared(source, FileKind.PRODUCTION, "build-helper add-source", pomPath));
                    }
                }
            }
        }
    }
}
