package dev.readiness.rules.architecture;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import dev.readiness.core.config.ArchitectureConfig;
import dev.readiness.core.config.Layer;
import dev.readiness.core.config.PackageGlobs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * One access constraint of a layer with ArchUnit's layeredArchitecture() semantics, considering only
 * dependencies between layers: a type is in a layer when its package matches one of the layer's globs,
 * a type in no layer is unconstrained, and a layer may always use itself. "May not be accessed by" and
 * "may not access" are "may only" over the other layers, as ArchUnit 1.4 offers no deny lists.
 */
final class LayerConstraint implements ArchitectureConstraint {

    private enum Direction { INCOMING, OUTGOING }

    private final List<Layer> layers;
    private final Layer layer;
    private final Direction direction;
    private final Set<String> allowed;

    private LayerConstraint(List<Layer> layers, Layer layer, Direction direction, Set<String> allowed) {
        this.layers = layers;
        this.layer = layer;
        this.direction = direction;
        this.allowed = allowed;
    }

    /** A constraint as configured: the layers it names, and whether they are denied (else the only ones allowed). */
    private record Spec(Direction direction, List<String> names, boolean denied) {
    }

    /** Every constraint of {@code config}, in configuration order; names of unknown layers are ignored. */
    static List<LayerConstraint> of(ArchitectureConfig config) {
        List<Layer> layers = config.layers();
        List<LayerConstraint> constraints = new ArrayList<>();
        for (Layer layer : layers) {
            Stream.of(new Spec(Direction.INCOMING, layer.mayOnlyBeAccessedBy(), false),
                            new Spec(Direction.INCOMING, layer.mayNotBeAccessedBy(), true),
                            new Spec(Direction.OUTGOING, layer.mayOnlyAccess(), false),
                            new Spec(Direction.OUTGOING, layer.mayNotAccess(), true))
                    .filter(spec -> spec.names() != null)
                    .forEach(spec -> constraints.add(constraint(layers, layer, spec)));
        }
        return constraints;
    }

    private static LayerConstraint constraint(List<Layer> layers, Layer layer, Spec spec) {
        Set<String> allowed = new TreeSet<>();
        layers.stream().map(Layer::name).filter(name -> !name.equals(layer.name()))
                .filter(name -> spec.names().contains(name) != spec.denied()).forEach(allowed::add);
        return new LayerConstraint(layers, layer, spec.direction(), allowed);
    }

    @Override
    public Optional<String> violation(TypeUse use) {
        Optional<Layer> fromLayer = layerOf(use.fromPackage());
        Optional<Layer> toLayer = layerOf(use.toPackage());
        if (fromLayer.isEmpty() || toLayer.isEmpty()) {
            return Optional.empty();
        }
        boolean incoming = direction == Direction.INCOMING;
        String own = incoming ? use.toPackage() : use.fromPackage();
        String other = incoming ? use.fromPackage() : use.toPackage();
        if (!inLayer(layer, own) || inLayer(layer, other) || layers.stream()
                .anyMatch(candidate -> allowed.contains(candidate.name()) && inLayer(candidate, other))) {
            return Optional.empty();
        }
        String prefix = incoming
                ? "Layer '" + layer.name() + "' may not be accessed by layer '" + fromLayer.get().name() + "'"
                : "Layer '" + layer.name() + "' may not access layer '" + toLayer.get().name() + "'";
        return Optional.of(prefix + ": " + use.from() + " uses " + use.to());
    }

    private Optional<Layer> layerOf(String packageName) {
        return layers.stream().filter(candidate -> inLayer(candidate, packageName)).findFirst();
    }

    private static boolean inLayer(Layer layer, String packageName) {
        return PackageGlobs.matchesAny(layer.packages(), packageName);
    }

    @Override
    public ArchRule archRule() {
        LayeredArchitecture architecture = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true);
        for (Layer each : layers) {
            architecture = architecture.layer(each.name()).definedBy(each.packages().toArray(String[]::new));
        }
        LayeredArchitecture.LayerDependencySpecification where = architecture.whereLayer(layer.name());
        String[] names = allowed.toArray(String[]::new);
        if (direction == Direction.INCOMING) {
            return names.length == 0 ? where.mayNotBeAccessedByAnyLayer() : where.mayOnlyBeAccessedByLayers(names);
        }
        return names.length == 0 ? where.mayNotAccessAnyLayer() : where.mayOnlyAccessLayers(names);
    }
}
