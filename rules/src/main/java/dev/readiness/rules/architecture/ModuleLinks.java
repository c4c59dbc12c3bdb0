package dev.readiness.rules.architecture;

import dev.readiness.core.graph.DependencyGraph.Aggregate;
import dev.readiness.core.graph.StronglyConnectedComponents;
import dev.readiness.core.modules.DeclaredDependency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The module graph of {@link ModuleCycle}: one link per (from, to) module pair that a build file declares
 * or production code uses, with the first declaration and the code references.
 */
final class ModuleLinks {

    /** {@code from} depends on {@code to}: declared (first declaration) and/or used by code. */
    record Link(String from, String to, Optional<DeclaredDependency> declaration, Optional<Aggregate> code) {

        int codeReferences() {
            return code.map(Aggregate::count).orElse(0);
        }
    }

    static final Comparator<Link> ORDER = Comparator.comparing(Link::from).thenComparing(Link::to);

    private final Map<List<String>, Link> links = new TreeMap<>(Comparator.comparing((List<String> key) -> key.get(0))
            .thenComparing(key -> key.get(1)));

    ModuleLinks(List<DeclaredDependency> declarations, List<Aggregate> code) {
        for (DeclaredDependency declared : declarations) {
            links.putIfAbsent(List.of(declared.from(), declared.to()),
                    new Link(declared.from(), declared.to(), Optional.of(declared), Optional.empty()));
        }
        for (Aggregate uses : code) {
            List<String> key = List.of(uses.from(), uses.to());
            Optional<DeclaredDependency> declaration = Optional.ofNullable(links.get(key)).flatMap(Link::declaration);
            links.put(key, new Link(uses.from(), uses.to(), declaration, Optional.of(uses)));
        }
    }

    /** The links inside each strongly connected component of more than one module, by first module name. */
    List<List<Link>> cycles() {
        List<String> names = new ArrayList<>(new TreeSet<>(links.values().stream()
                .flatMap(link -> java.util.stream.Stream.of(link.from(), link.to())).toList()));
        Map<String, Integer> ids = new HashMap<>();
        names.forEach(name -> ids.put(name, ids.size()));
        int[][] successors = names.stream().map(name -> links.values().stream().filter(link -> link.from().equals(name))
                .mapToInt(link -> ids.get(link.to())).toArray()).toArray(int[][]::new);
        List<List<Link>> cycles = new ArrayList<>();
        for (List<Integer> component : StronglyConnectedComponents.of(successors)) {
            if (component.size() > 1) {
                TreeSet<String> members = new TreeSet<>();
                component.forEach(id -> members.add(names.get(id)));
                cycles.add(links.values().stream()
                        .filter(link -> members.contains(link.from()) && members.contains(link.to())).toList());
            }
        }
        cycles.sort(Comparator.comparing(cycle -> cycle.get(0).from()));
        return cycles;
    }
}
