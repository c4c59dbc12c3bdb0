package dev.readiness.core.config;

import java.util.List;

/**
 * The intended architecture: layers (ArchUnit's layeredArchitecture vocabulary) and forbidden
 * dependencies, both over package globs.
 */
public record ArchitectureConfig(List<Layer> layers, List<ForbiddenDependency> forbidden) {

    public static final ArchitectureConfig NONE = new ArchitectureConfig(List.of(), List.of());

    public ArchitectureConfig {
        layers = layers == null ? List.of() : List.copyOf(layers);
        forbidden = forbidden == null ? List.of() : List.copyOf(forbidden);
    }

    public boolean isEmpty() {
        return layers.isEmpty() && forbidden.isEmpty();
    }
}
