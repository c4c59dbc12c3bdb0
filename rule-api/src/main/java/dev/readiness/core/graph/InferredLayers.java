package dev.readiness.core.graph;

import dev.readiness.core.source.SourceFacts;
import dev.readiness.core.source.TypeIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The conventional layer (web, service, persistence, domain) of each production type, inferred without
 * configuration. Evidence, strongest first: a stereotype annotation ({@code @RestController}, {@code @Service},
 * {@code @Repository}, {@code @Entity}, JAX-RS {@code @Path} ...) or a Spring Data supertype; for a nested type,
 * the layer of the type around it; package segments naming one layer ({@code web}, {@code service},
 * {@code repository}, {@code domain} ...); the type name's suffix ({@code Controller}, {@code Service},
 * {@code Repository} ...), trusted only in a package whose types span at least two layers (a package per
 * feature), because alone a suffix is often just a word ({@code ClassPathResource}, {@code ConversionService}).
 * Test code is not inferred.
 */
public final class InferredLayers {

    /**
     * The layer of a type and the evidence for it, e.g. "@RestController" or "package shop.web"; {@code stereotyped}
     * when the type declares its layer (a stereotype annotation, a Spring Data supertype) or is nested in one that
     * does, rather than being placed by its package or name.
     */
    public record Assignment(String type, String packageName, ConventionalLayer layer, String evidence,
                             boolean stereotyped) {

        /** "web: @RestController". */
        public String describe() {
            return layer.label() + ": " + evidence;
        }
    }

    private final Map<String, Assignment> byType;

    InferredLayers(Map<String, Assignment> byType) {
        this.byType = new TreeMap<>(byType);
    }

    /** Infers the conventional layer (web, service, repository …) of the production types, see LayerInference. */
    public static InferredLayers infer(SourceFacts facts, TypeIndex index) {
        return new InferredLayers(LayerInference.of(facts, new TypeResolver(index)));
    }

    /** The layer of the type named {@code type}, empty when none was inferred. */
    public Optional<Assignment> of(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    /** Every assignment, in type name order. */
    public Collection<Assignment> assignments() {
        return byType.values();
    }

    /** Whether at least one type was assigned to {@code layer}. */
    public boolean has(ConventionalLayer layer) {
        return byType.values().stream().anyMatch(assignment -> assignment.layer() == layer);
    }

    /**
     * The packages of each layer, sorted: a package belongs to the layer most of its placed types are in (ties go
     * to the upper layer), so a package-by-feature package holding a controller, a service and a repository
     * goes to one layer only. Every layer is a key, with an empty list when no package belongs to it.
     */
    public Map<ConventionalLayer, List<String>> packagesByLayer() {
        Map<String, Map<ConventionalLayer, Long>> counts = byType.values().stream().collect(Collectors.groupingBy(
                Assignment::packageName, TreeMap::new,
                Collectors.groupingBy(Assignment::layer, () -> new EnumMap<>(ConventionalLayer.class),
                        Collectors.counting())));
        Map<ConventionalLayer, List<String>> result = new EnumMap<>(ConventionalLayer.class);
        for (ConventionalLayer layer : ConventionalLayer.values()) {
            result.put(layer, new ArrayList<>());
        }
        counts.forEach((packageName, byLayer) -> result.get(dominant(byLayer)).add(packageName));
        result.replaceAll((layer, packages) -> List.copyOf(packages));
        return result;
    }

    private static ConventionalLayer dominant(Map<ConventionalLayer, Long> byLayer) {
        // among equal counts the upper layer (lower ordinal) compares greater
        return byLayer.entrySet().stream().max(Map.Entry.<ConventionalLayer, Long>comparingByValue()
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(Map.Entry::getKey).orElseThrow();
    }
}
