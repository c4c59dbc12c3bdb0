package dev.readiness.core.modules;

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
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The dependencies build modules declare on each other in their build files (Maven pom.xml, Gradle
 * build scripts), read as text, never by running the build. Modules known only by their source layout
 * declare nothing; a module whose build file cannot be read is not {@link #knowsDeclarationsOf known}.
 */
public final class ModuleDependencies {

    private static final Comparator<DeclaredDependency> ORDER = Comparator.comparing(DeclaredDependency::from)
            .thenComparing(DeclaredDependency::to).thenComparing(DeclaredDependency::buildFile)
            .thenComparingInt(DeclaredDependency::line);

    /** No build file declares anything. */
    public static final ModuleDependencies NONE = new ModuleDependencies(List.of(), Set.of());

    private final List<DeclaredDependency> declarations;
    private final Set<String> knownModules;
    private final Map<String, List<DeclaredDependency>> byModule = new HashMap<>();

    private ModuleDependencies(List<DeclaredDependency> declarations, Set<String> knownModules) {
        this.declarations = declarations.stream().sorted(ORDER).toList();
        this.knownModules = Set.copyOf(knownModules);
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
        Set<String> known = new TreeSet<>(maven.readableModules());
        known.addAll(gradle.readableModules());
        return new ModuleDependencies(declarations, known);
    }

    /** Every declaration, by declaring module, target, build file and line. */
    public List<DeclaredDependency> all() {
        return declarations;
    }

    /** What {@code module}'s build files declare, in the same order. */
    public List<DeclaredDependency> declaredBy(String module) {
        return byModule.getOrDefault(module, List.of());
    }

    /** Whether {@code module} has a build file that was read, so the absence of a declaration means something. */
    public boolean knowsDeclarationsOf(String module) {
        return knownModules.contains(module);
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
