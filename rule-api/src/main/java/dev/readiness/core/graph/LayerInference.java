package dev.readiness.core.graph;

import dev.readiness.core.graph.InferredLayers.Assignment;
import dev.readiness.core.source.DependencyFacts;
import dev.readiness.core.source.DependencyFacts.TypeDependencies;
import dev.readiness.core.source.FileFacts;
import dev.readiness.core.source.SourceFacts;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The passes behind {@link InferredLayers}: stereotypes and packages, then name suffixes, then nested types. */
final class LayerInference {

    private final TypeResolver resolver;
    private final Map<String, Assignment> placed = new TreeMap<>();
    private final Map<String, Assignment> bySuffix = new TreeMap<>();
    private final Set<String> stereotyped = new HashSet<>();

    private LayerInference(TypeResolver resolver) {
        this.resolver = resolver;
    }

    static Map<String, Assignment> of(SourceFacts facts, TypeResolver resolver) {
        List<DependencyFacts> files = facts.all().stream().filter(file -> !file.isTestCode())
                .map(FileFacts::dependencies).toList();
        LayerInference inference = new LayerInference(resolver);
        files.forEach(inference::placeByStereotypeOrPackage);
        inference.acceptSuffixesInFeaturePackages();
        files.forEach(inference::placeNestedLikeEnclosing);
        return inference.placed;
    }

    private void placeByStereotypeOrPackage(DependencyFacts file) {
        for (TypeDependencies type : file.types()) {
            Optional<Assignment> stereotype = stereotype(type, file);
            stereotype.ifPresent(found -> stereotyped.add(type.type()));
            stereotype.or(() -> LayerConventions.packageSegment(file.packageName()).map(segment -> new Assignment(
                            type.type(), file.packageName(), segment.getValue(), "package " + file.packageName(), false)))
                    .ifPresentOrElse(found -> placed.put(type.type(), found), () -> LayerConventions
                            .nameSuffix(simpleName(type.type())).ifPresent(suffix -> bySuffix.put(type.type(),
                                    new Assignment(type.type(), file.packageName(), suffix.getValue(),
                                            "name ends with " + suffix.getKey(), false))));
        }
    }

    /** A name suffix counts in a package whose types (by any evidence) span at least two layers. */
    private void acceptSuffixesInFeaturePackages() {
        Map<String, Set<ConventionalLayer>> layersByPackage = Stream.concat(placed.values().stream(),
                bySuffix.values().stream()).collect(Collectors.groupingBy(Assignment::packageName,
                        Collectors.mapping(Assignment::layer, Collectors.toSet())));
        bySuffix.values().stream().filter(assignment -> layersByPackage.get(assignment.packageName()).size() >= 2)
                .forEach(assignment -> placed.put(assignment.type(), assignment));
    }

    /** Declaration order puts an enclosing type before its members, so nesting chains resolve outside in. */
    private void placeNestedLikeEnclosing(DependencyFacts file) {
        Map<String, TypeDependencies> declared = new HashMap<>();
        file.types().forEach(type -> declared.put(type.type(), type));
        for (TypeDependencies type : file.types()) {
            int dot = type.type().lastIndexOf('.');
            String outer = dot < 0 ? "" : type.type().substring(0, dot);
            Assignment enclosing = declared.containsKey(outer) ? placed.get(outer) : null;
            if (enclosing != null && !stereotyped.contains(type.type())) {
                placed.put(type.type(), new Assignment(type.type(), file.packageName(), enclosing.layer(),
                        "nested in " + simpleName(outer), enclosing.stereotyped()));
            }
        }
    }

    private Optional<Assignment> stereotype(TypeDependencies type, DependencyFacts file) {
        for (String annotation : type.annotations()) {
            String simple = simpleName(annotation);
            Optional<ConventionalLayer> layer = LayerConventions.annotation(simple, resolve(annotation, type, file));
            boolean mappingInPersistencePackage = layer.filter(ConventionalLayer.DOMAIN::equals).isPresent()
                    && LayerConventions.packageSegment(file.packageName())
                            .filter(segment -> segment.getValue() == ConventionalLayer.PERSISTENCE).isPresent();
            if (mappingInPersistencePackage) {
                return Optional.empty(); // a JPA-mapped class inside a jpa/persistence package belongs to that adapter
            }
            if (layer.isPresent()) {
                return Optional.of(new Assignment(type.type(), file.packageName(), layer.get(), "@" + simple, true));
            }
        }
        return type.supertypes().stream()
                .filter(supertype -> LayerConventions.isSpringDataRepository(simpleName(supertype),
                        resolve(supertype, type, file)))
                .findFirst()
                .map(supertype -> new Assignment(type.type(), file.packageName(), ConventionalLayer.PERSISTENCE,
                        "extends " + simpleName(supertype), true));
    }

    private String resolve(String name, TypeDependencies type, DependencyFacts file) {
        return resolver.resolve(name, type.type(), file, true).map(TypeResolver.Resolved::name).orElse(name);
    }

    private static String simpleName(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
