package dev.readiness.core.modules;

import dev.readiness.core.modules.DeclaredDependency.Scope;
import dev.readiness.core.repo.BuildModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Gradle projects' dependencies on each other, from their build scripts' {@code project(...)} references.
 * A project's path is its directory relative to the nearest settings.gradle[.kts] (":a:b" for a/b), unless
 * that settings file sets {@code project(':x').projectDir = file('dir')}; other ways of moving projects
 * (loops over children, computed names) are not followed.
 */
final class GradleDeclarations {

    private static final Set<String> EXPORTED = Set.of("api", "compile", "compileOnlyApi");
    private static final Set<String> NOT_COMPILED = Set.of("runtimeOnly", "runtime", "annotationProcessor", "kapt",
            "ksp", "developmentOnly");

    private final GradleProjects projects;
    private final List<BuildModule> modules;
    private final Function<String, Optional<String>> text;

    GradleDeclarations(List<BuildModule> modules, List<String> paths, Function<String, Optional<String>> text) {
        this.modules = modules.stream().filter(module -> module.tool() == BuildModule.BuildTool.GRADLE).toList();
        this.projects = new GradleProjects(this.modules, paths, text);
        this.text = text;
    }

    /** Gradle modules whose build script could be read. */
    List<String> readableModules() {
        return modules.stream().filter(module -> text.apply(module.buildFile()).isPresent())
                .map(BuildModule::directory).toList();
    }

    List<DeclaredDependency> declarations() {
        List<DeclaredDependency> declarations = new ArrayList<>();
        for (BuildModule module : modules) {
            text.apply(module.buildFile()).ifPresent(script -> GradleScriptReader.references(script)
                    .forEach(reference -> declarations.addAll(declarations(module, reference))));
        }
        return declarations;
    }

    private List<DeclaredDependency> declarations(BuildModule module, GradleScriptReader.Reference reference) {
        String root = projects.settingsRootOf(module.directory());
        Optional<String> target = reference.accessor() ? projects.moduleOfAccessor(root, reference.target())
                : projects.moduleOfPath(root, absolute(reference.target(), projects.pathOf(module.directory())));
        if (target.isEmpty()) {
            return List.of();
        }
        List<String> declaring = reference.shared() ? projects.modulesUnder(root)
                : !reference.owner().isEmpty() ? projects.moduleOfPath(root, reference.owner()).stream().toList()
                : List.of(module.directory());
        Scope scope = scope(reference.configuration());
        boolean exported = scope == Scope.MAIN && EXPORTED.contains(reference.configuration());
        return declaring.stream().filter(from -> !from.equals(target.get()))
                .map(from -> new DeclaredDependency(from, target.get(), scope, exported, reference.shared(),
                        module.buildFile(), reference.line()))
                .toList();
    }

    /** test*, *Test*, jmh* configurations serve test code; runtime-only ones no code; the rest main code. */
    static Scope scope(String configuration) {
        String lower = configuration.toLowerCase(Locale.ROOT);
        if (lower.contains("test") || lower.startsWith("jmh")) {
            return Scope.TEST;
        }
        return NOT_COMPILED.contains(configuration) ? Scope.RUNTIME : Scope.MAIN;
    }

    private static String absolute(String path, String ownPath) {
        if (path.startsWith(":")) {
            return path;
        }
        return ownPath.equals(":") ? ":" + path : ownPath + ":" + path;
    }
}
