package dev.readiness.core.modules;

import dev.readiness.core.modules.DeclaredDependency.Scope;
import dev.readiness.core.repo.BuildModule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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

    /** Modules whose pom could be read: only their declarations are known. */
    Set<String> readableModules() {
        return pomsByModule.keySet();
    }

    List<DeclaredDependency> declarations() {
        List<DeclaredDependency> declarations = new ArrayList<>();
        pomsByModule.forEach((directory, pom) -> {
            Set<String> seen = new HashSet<>();
            for (MavenPom declaring = pom; declaring != null && seen.size() < MAX_PARENTS && seen.add(declaring.path());
                    declaring = parentOf(declaring).orElse(null)) {
                for (MavenPom.Dependency dependency : declaring.dependencies()) {
                    declaration(directory, declaring, dependency).ifPresent(declarations::add);
                }
            }
        });
        return declarations;
    }

    private Optional<DeclaredDependency> declaration(String from, MavenPom declaring, MavenPom.Dependency dependency) {
        String target = moduleByCoordinates.get(resolve(dependency.groupId(), declaring) + ":"
                + resolve(dependency.artifactId(), declaring));
        String scope = resolve(dependency.scope(), declaring);
        if (target == null || target.equals(from) || scope.equals("import")) {
            return Optional.empty();
        }
        Scope kind = switch (scope) {
            case "test" -> Scope.TEST;
            case "runtime" -> Scope.RUNTIME;
            default -> Scope.MAIN;
        };
        boolean exported = (scope.isEmpty() || scope.equals("compile")) && !dependency.optional();
        return Optional.of(new DeclaredDependency(from, target, kind, exported, false, declaring.path(),
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
