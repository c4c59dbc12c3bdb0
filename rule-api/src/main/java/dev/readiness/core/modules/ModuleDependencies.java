package dev.readiness.core.modules;

import dev.readiness.core.modules.DeclaredDependency.Scope;
import dev.readiness.core.repo.BuildModule;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The dependencies build modules declare on each other in their build files (Maven pom.xml, Gradle
 * build scripts), read as text, never by running the build. Modules known only by their source layout
 * declare nothing; a module whose build file cannot be read with certainty (unreadable, unresolved
 * properties, dependencies from OSGi manifests or from convention and script plugins) is not
 * {@link #knowsDeclarationsOf known}. Dependencies on anything but the repository's modules are only
 * noted ({@link #mayComeFromOutside}): what an artifact brings onto the classpath is not known here.
 */
public final class ModuleDependencies {

    private static final Comparator<DeclaredDependency> ORDER = Comparator.comparing(DeclaredDependency::from)
            .thenComparing(DeclaredDependency::to).thenComparing(DeclaredDependency::buildFile)
            .thenComparingInt(DeclaredDependency::line);

    /** No build file declares anything. */
    public static final ModuleDependencies NONE = new ModuleDependencies(List.of(), Set.of(), Map.of(), Map.of());

    private final List<DeclaredDependency> declarations;
    private final Set<String> knownModules;
    private final Map<String, Set<Scope>> outsideScopes;
    private final Map<String, String> builds;
    private final Map<String, List<DeclaredDependency>> byModule = new HashMap<>();

    private ModuleDependencies(List<DeclaredDependency> declarations, Set<String> knownModules,
                               Map<String, Set<Scope>> outsideScopes, Map<String, String> builds) {
        this.declarations = declarations.stream().sorted(ORDER).toList();
        this.knownModules = Set.copyOf(knownModules);
        this.outsideScopes = Map.copyOf(outsideScopes);
        this.builds = Map.copyOf(builds);
        this.declarations.forEach(declared -> byModule.computeIfAbsent(declared.from(), key -> new ArrayList<>())
                .add(declared));
    }

    /**
     * Reads the build files of {@code modules}; {@code paths} are all listed files (for settings.gradle),
     * {@code text} gives a file's content, empty when it cannot be read.
     */
    public static ModuleDependencies read(List<BuildModule> modules, List<String> paths,
                                          Function<String, Optional<String>> text) {
        MavenDeclarations maven = new MavenDeclarations(modules, text);
        GradleDeclarations gradle = new GradleDeclarations(modules, paths, text);
        List<DeclaredDependency> declarations = new ArrayList<>(maven.declarations());
        declarations.addAll(gradle.declarations());
        Set<String> known = new TreeSet<>(maven.knownModules());
        known.addAll(gradle.knownModules());
        Map<String, Set<Scope>> outside = new TreeMap<>(maven.outsideScopes());
        outside.putAll(gradle.outsideScopes());
        Map<String, String> builds = new TreeMap<>();
        modules.stream().filter(module -> module.tool() == BuildModule.BuildTool.MAVEN)
                .forEach(module -> builds.put(module.directory(), "maven"));
        gradle.buildRoots().forEach((module, root) -> builds.put(module, "gradle:" + root));
        return new ModuleDependencies(declarations, known, outside, builds);
    }

    /** Every declaration, by declaring module, target, build file and line. */
    public List<DeclaredDependency> all() {
        return declarations;
    }

    /** What {@code module}'s build files declare, in the same order. */
    public List<DeclaredDependency> declaredBy(String module) {
        return byModule.getOrDefault(module, List.of());
    }

    /**
     * Whether {@code module}'s build file was read and says all it declares, so the absence of a declaration
     * means something.
     */
    public boolean knowsDeclarationsOf(String module) {
        return knownModules.contains(module);
    }

    /**
     * Whether {@code from}'s build file could declare {@code to} as a module dependency: both are Maven modules
     * (Maven names modules by coordinates), or Gradle projects of the same build. Otherwise {@code from} can only
     * get {@code to}'s classes as a published artifact, which this model does not follow.
     */
    public boolean canDeclare(String from, String to) {
        String build = builds.get(from);
        return build != null && build.equals(builds.get(to));
    }

    /**
     * Whether {@code module}'s (test) code may get classes from outside the repository's modules: its build
     * declares an artifact, a version-catalog entry or files usable by that code, or inherits a parent pom that
     * is not in the repository. Such a dependency may also bring a module's classes (a published copy, or a
     * library that depends on it).
     */
    public boolean mayComeFromOutside(String module, boolean testCode) {
        Set<Scope> scopes = outsideScopes.getOrDefault(module, Set.of());
        return scopes.contains(Scope.MAIN) || (testCode && scopes.contains(Scope.TEST));
    }

    /** The first declaration of {@code from} on {@code to} usable by its (test) code. */
    public Optional<DeclaredDependency> direct(String from, String to, boolean testCode) {
        return declaredBy(from).stream().filter(declared -> declared.to().equals(to) && declared.visibleTo(testCode))
                .findFirst();
    }

    /**
     * A chain of modules from {@code from} to {@code to} through which the build puts {@code to} on the
     * compile classpath of {@code from}'s (test) code: a direct dependency usable by that code, then only
     * exported ones (Maven compile scope, Gradle api). Empty when the build does not.
     */
    public Optional<List<String>> compilePath(String from, String to, boolean testCode) {
        Map<String, String> reachedFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        declaredBy(from).stream().filter(declared -> declared.visibleTo(testCode))
                .forEach(declared -> visit(declared.to(), from, reachedFrom, queue));
        while (!queue.isEmpty() && !reachedFrom.containsKey(to)) {
            String module = queue.poll();
            declaredBy(module).stream().filter(DeclaredDependency::exported)
                    .forEach(declared -> visit(declared.to(), module, reachedFrom, queue));
        }
        if (!reachedFrom.containsKey(to)) {
            return Optional.empty();
        }
        List<String> path = new ArrayList<>();
        for (String module = to; !module.equals(from); module = reachedFrom.get(module)) {
            path.add(0, module);
        }
        path.add(0, from);
        return Optional.of(path);
    }

    private static void visit(String module, String via, Map<String, String> reachedFrom, Deque<String> queue) {
        if (!reachedFrom.containsKey(module)) {
            reachedFrom.put(module, via);
            queue.add(module);
        }
    }
}
