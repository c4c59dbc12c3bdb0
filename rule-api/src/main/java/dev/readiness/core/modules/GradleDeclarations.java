package dev.readiness.core.modules;

import dev.readiness.core.modules.DeclaredDependency.Scope;
import dev.readiness.core.repo.BuildModule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gradle projects' dependencies on each other, from their build scripts' {@code project(...)} references.
 * A project's path is its directory relative to the nearest settings.gradle[.kts] (":a:b" for a/b), unless
 * that settings file sets {@code project(':x').projectDir = file('dir')}; other ways of moving projects
 * (loops over children, computed names) are not followed.
 */
final class GradleDeclarations {

    private static final Set<String> EXPORTED = Set.of("api", "compile", "compileOnlyApi");
    /** A precompiled script plugin of an included build or buildSrc: its file name is its id. */
    private static final Pattern PRECOMPILED_SCRIPT = Pattern.compile(
            "(?:.*/)?src/main/(?:kotlin|groovy)/(?:.*/)?([^/]+)\\.gradle(?:\\.kts)?");
    /** {@code id = "x"} or {@code id.set("x")} in a gradlePlugin block. */
    private static final Pattern DECLARED_PLUGIN_ID = Pattern.compile("\\bid\\s*(?:=|\\.set\\()\\s*[\"']([^\"']+)[\"']");
    private static final Set<String> NOT_COMPILED = Set.of("runtimeOnly", "runtime", "annotationProcessor", "kapt",
            "ksp", "developmentOnly");

    private final GradleProjects projects;
    private final List<BuildModule> modules;
    private final Function<String, Optional<String>> text;
    private final Set<String> conventionPlugins;

    GradleDeclarations(List<BuildModule> modules, List<String> paths, Function<String, Optional<String>> text) {
        this.modules = modules.stream().filter(module -> module.tool() == BuildModule.BuildTool.GRADLE).toList();
        this.projects = new GradleProjects(this.modules, paths, text);
        this.text = text;
        this.conventionPlugins = conventionPlugins(this.modules, paths, text);
    }

    /**
     * Gradle modules whose declarations are known: the build script could be read, every project it references
     * is a module of the build, and it applies no plugin whose declarations it cannot see: a convention plugin of
     * the repository (precompiled {@code <id>.gradle[.kts]} scripts, ids a {@code gradlePlugin} block declares),
     * a script plugin ({@code apply from:}) or a plugin class.
     */
    List<String> knownModules() {
        Set<String> uncertain = new TreeSet<>();
        for (BuildModule module : modules) {
            Optional<String> script = text.apply(module.buildFile());
            if (script.isEmpty()) {
                uncertain.add(module.directory());
                continue;
            }
            for (GradleScriptReader.PluginUse plugin : GradleScriptReader.plugins(script.get())) {
                if (plugin.unreadable() || conventionPlugins.contains(plugin.id())) {
                    uncertain.addAll(plugin.shared() ? projects.modulesUnder(projects.settingsRootOf(module.directory()))
                            : List.of(module.directory()));
                }
            }
            for (GradleScriptReader.Reference reference : GradleScriptReader.references(script.get())) {
                if (!reference.external() && target(module, reference).isEmpty()) {
                    uncertain.addAll(declaring(module, reference));
                }
            }
        }
        return modules.stream().map(BuildModule::directory).filter(directory -> !uncertain.contains(directory))
                .toList();
    }

    /** The scopes for which each module's code gets dependencies that are no project of the repository. */
    Map<String, Set<Scope>> outsideScopes() {
        Map<String, Set<Scope>> outside = new TreeMap<>();
        modules.forEach(module -> outside.put(module.directory(), EnumSet.noneOf(Scope.class)));
        for (BuildModule module : modules) {
            text.apply(module.buildFile()).ifPresent(script -> GradleScriptReader.references(script).stream()
                    .filter(GradleScriptReader.Reference::external)
                    .forEach(reference -> addOutsideScope(module, reference, outside)));
        }
        return outside;
    }

    private void addOutsideScope(BuildModule module, GradleScriptReader.Reference reference,
                                 Map<String, Set<Scope>> outside) {
        Scope scope = scope(reference.configuration());
        if (scope != Scope.RUNTIME) {
            declaring(module, reference).forEach(from -> outside
                    .computeIfAbsent(from, key -> EnumSet.noneOf(Scope.class)).add(scope));
        }
    }

    /** The settings root of a module's build: modules of different builds cannot name each other as projects. */
    Map<String, String> buildRoots() {
        Map<String, String> roots = new TreeMap<>();
        modules.forEach(module -> roots.put(module.directory(), projects.settingsRootOf(module.directory())));
        return roots;
    }

    /** Ids of the repository's own plugins: precompiled script plugins and those a gradlePlugin block declares. */
    private static Set<String> conventionPlugins(List<BuildModule> modules, List<String> paths,
                                                 Function<String, Optional<String>> text) {
        Set<String> ids = new TreeSet<>();
        for (String path : paths) {
            Matcher precompiled = PRECOMPILED_SCRIPT.matcher(path);
            if (precompiled.matches()) {
                ids.add(precompiled.group(1));
            }
        }
        for (BuildModule module : modules) {
            text.apply(module.buildFile()).filter(script -> script.contains("gradlePlugin")).ifPresent(script -> {
                Matcher declared = DECLARED_PLUGIN_ID.matcher(GradleText.withoutComments(script));
                while (declared.find()) {
                    ids.add(declared.group(1));
                }
            });
        }
        return ids;
    }

    List<DeclaredDependency> declarations() {
        List<DeclaredDependency> declarations = new ArrayList<>();
        for (BuildModule module : modules) {
            text.apply(module.buildFile()).ifPresent(script -> {
                Set<String> ownConfigurations = GradleScriptReader.ownConfigurations(script);
                GradleScriptReader.references(script).stream()
                        .filter(reference -> !ownConfigurations.contains(reference.configuration()))
                        .forEach(reference -> declarations.addAll(declarations(module, reference)));
            });
        }
        return declarations;
    }

    private List<DeclaredDependency> declarations(BuildModule module, GradleScriptReader.Reference reference) {
        Optional<String> target = reference.external() ? Optional.empty() : target(module, reference);
        if (target.isEmpty()) {
            return List.of();
        }
        Scope scope = scope(reference.configuration());
        boolean exported = scope == Scope.MAIN && EXPORTED.contains(reference.configuration());
        return declaring(module, reference).stream().filter(from -> !from.equals(target.get()))
                .map(from -> new DeclaredDependency(from, target.get(), scope, exported, reference.shared(),
                        module.buildFile(), reference.line()))
                .toList();
    }

    /** The module a project reference names, empty when it names none of the build. */
    private Optional<String> target(BuildModule module, GradleScriptReader.Reference reference) {
        String root = projects.settingsRootOf(module.directory());
        return reference.accessor() ? projects.moduleOfAccessor(root, reference.target())
                : projects.moduleOfPath(root, absolute(reference.target(), projects.pathOf(module.directory())));
    }

    /** The modules a declaration in {@code module}'s script is made for: itself, a named project, or all of them. */
    private List<String> declaring(BuildModule module, GradleScriptReader.Reference reference) {
        String root = projects.settingsRootOf(module.directory());
        return reference.shared() ? projects.modulesUnder(root)
                : !reference.owner().isEmpty() ? projects.moduleOfPath(root, reference.owner()).stream().toList()
                : List.of(module.directory());
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
