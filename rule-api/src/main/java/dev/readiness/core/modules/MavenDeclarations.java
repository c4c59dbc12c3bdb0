package dev.readiness.core.modules;

import dev.readiness.core.modules.DeclaredDependency.Scope;
import dev.readiness.core.repo.BuildModule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maven modules' dependencies on each other: a {@code <dependency>} whose groupId:artifactId (properties
 * resolved, groupId inherited from {@code <parent>}) is another pom of the repository. Dependencies
 * declared in a parent pom of the repository are inherited, as Maven does.
 */
final class MavenDeclarations {

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
    private static final int MAX_PARENTS = 20;

    private final Map<String, MavenPom> pomsByModule = new TreeMap<>();
    private final Map<String, String> moduleByCoordinates = new TreeMap<>();

    MavenDeclarations(List<BuildModule> modules, Function<String, Optional<String>> text) {
        for (BuildModule module : modules) {
            if (module.tool() == BuildModule.BuildTool.MAVEN) {
                text.apply(module.buildFile()).flatMap(content -> MavenPomReader.read(module.buildFile(), content))
                        .ifPresent(pom -> pomsByModule.put(module.directory(), pom));
            }
        }
        // literal coordinates first: resolving ${...} may need a parent found by its coordinates
        pomsByModule.forEach((directory, pom) -> moduleByCoordinates.putIfAbsent(
                pom.effectiveGroupId() + ":" + pom.artifactId(), directory));
        pomsByModule.forEach((directory, pom) -> moduleByCoordinates.putIfAbsent(
                resolve(pom.effectiveGroupId(), pom) + ":" + resolve(pom.artifactId(), pom), directory));
    }

    /**
     * Modules whose declarations are known: the pom (and each parent pom of the repository) could be read and
     * names every dependency's coordinates (no {@code ${...}} left unresolved), and the build takes its
     * dependencies from the pom, not from OSGi manifests ({@code eclipse-*} packaging, built by Tycho).
     */
    Set<String> knownModules() {
        Set<String> known = new TreeSet<>();
        pomsByModule.forEach((directory, pom) -> {
            boolean certain = !pom.packaging().startsWith("eclipse-") && lineage(pom).stream()
                    .allMatch(declaring -> declaring.dependencies().stream().noneMatch(dependency ->
                            (resolve(dependency.groupId(), declaring) + resolve(dependency.artifactId(), declaring))
                                    .contains("${")));
            if (certain) {
                known.add(directory);
            }
        });
        return known;
    }

    /**
     * The scopes ({@link Scope#MAIN}, {@link Scope#TEST}) for which a module's code gets dependencies from outside
     * the repository: it or a parent of the repository declares an artifact that is no module here, or its parent
     * pom is not in the repository (and may declare anything).
     */
    Map<String, Set<Scope>> outsideScopes() {
        Map<String, Set<Scope>> outside = new TreeMap<>();
        pomsByModule.forEach((directory, pom) -> {
            Set<Scope> scopes = EnumSet.noneOf(Scope.class);
            List<MavenPom> lineage = lineage(pom);
            MavenPom eldest = lineage.get(lineage.size() - 1);
            if (!eldest.parentArtifactId().isEmpty() && parentOf(eldest).isEmpty()) {
                scopes.add(Scope.MAIN);
            }
            for (MavenPom declaring : lineage) {
                for (MavenPom.Dependency dependency : declaring.dependencies()) {
                    if (!moduleByCoordinates.containsKey(coordinates(dependency, declaring))) {
                        scope(resolve(dependency.scope(), declaring)).filter(scope -> scope != Scope.RUNTIME)
                                .ifPresent(scopes::add);
                    }
                }
            }
            outside.put(directory, scopes);
        });
        return outside;
    }

    /** The pom and its parents found in the repository, nearest first. */
    private List<MavenPom> lineage(MavenPom pom) {
        List<MavenPom> lineage = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (MavenPom declaring = pom; declaring != null && seen.size() < MAX_PARENTS && seen.add(declaring.path());
                declaring = parentOf(declaring).orElse(null)) {
            lineage.add(declaring);
        }
        return lineage;
    }

    private String coordinates(MavenPom.Dependency dependency, MavenPom declaring) {
        return resolve(dependency.groupId(), declaring) + ":" + resolve(dependency.artifactId(), declaring);
    }

    /** MAIN for compile, provided and system scope, TEST for test, RUNTIME for runtime; none for import. */
    private static Optional<Scope> scope(String scope) {
        return switch (scope) {
            case "test" -> Optional.of(Scope.TEST);
            case "runtime" -> Optional.of(Scope.RUNTIME);
            case "import" -> Optional.empty();
            default -> Optional.of(Scope.MAIN);
        };
    }

    List<DeclaredDependency> declarations() {
        List<DeclaredDependency> declarations = new ArrayList<>();
        pomsByModule.forEach((directory, pom) -> {
            for (MavenPom declaring : lineage(pom)) {
                for (MavenPom.Dependency dependency : declaring.dependencies()) {
                    declaration(directory, declaring, dependency).ifPresent(declarations::add);
                }
            }
        });
        return declarations;
    }

    private Optional<DeclaredDependency> declaration(String from, MavenPom declaring, MavenPom.Dependency dependency) {
        String target = moduleByCoordinates.get(coordinates(dependency, declaring));
        String scope = resolve(dependency.scope(), declaring);
        Optional<Scope> kind = scope(scope);
        if (target == null || target.equals(from) || kind.isEmpty()) {
            return Optional.empty();
        }
        boolean exported = (scope.isEmpty() || scope.equals("compile")) && !dependency.optional();
        return Optional.of(new DeclaredDependency(from, target, kind.get(), exported, false, declaring.path(),
                dependency.line()));
    }

    private Optional<MavenPom> parentOf(MavenPom pom) {
        if (pom.parentArtifactId().isEmpty()) {
            return Optional.empty();
        }
        String directory = moduleByCoordinates.get(pom.parentGroupId() + ":" + pom.parentArtifactId());
        return Optional.ofNullable(directory == null ? null : pomsByModule.get(directory));
    }

    /** Replaces ${...} by the pom's own coordinates or properties, then its parents' (a few rounds, for nesting). */
    private String resolve(String value, MavenPom pom) {
        String resolved = value;
        for (int round = 0; round < 5 && resolved.contains("${"); round++) {
            Matcher matcher = PROPERTY.matcher(resolved);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String replacement = property(matcher.group(1), pom, 0).orElse(matcher.group());
                matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            matcher.appendTail(out);
            resolved = out.toString();
        }
        return resolved;
    }

    private Optional<String> property(String name, MavenPom pom, int depth) {
        switch (name) {
            case "project.groupId", "pom.groupId", "groupId":
                return Optional.of(pom.effectiveGroupId());
            case "project.artifactId", "pom.artifactId", "artifactId":
                return Optional.of(pom.artifactId());
            case "project.parent.groupId", "parent.groupId":
                return Optional.of(pom.parentGroupId());
            default:
                break;
        }
        if (pom.properties().containsKey(name)) {
            return Optional.of(pom.properties().get(name));
        }
        return depth >= MAX_PARENTS ? Optional.empty()
                : parentOf(pom).flatMap(parent -> property(name, parent, depth + 1));
    }
}
