package dev.readiness.core.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks the {@code architecture} section: layers (unique names, at least one package glob,
 * constraints naming defined layers only) and forbidden dependencies.
 */
final class ArchitectureReader {

    static final String SECTION = "architecture";
    static final String LAYERS = "layers";
    static final String FORBIDDEN = "forbidden";
    static final List<String> KEYS = List.of(LAYERS, FORBIDDEN);

    static final String NAME = "name";
    static final String PACKAGES = "packages";
    /** Layer constraints, each a list of other layers' names, in the order of Layer's components. */
    static final List<String> CONSTRAINTS = List.of("mayOnlyBeAccessedBy", "mayNotBeAccessedBy", "mayOnlyAccess",
            "mayNotAccess");
    static final List<String> LAYER_KEYS = concat(List.of(NAME, PACKAGES), CONSTRAINTS);
    static final List<String> FORBIDDEN_KEYS = List.of("from", "to", "reason");

    private final NodeReader reader;

    private ArchitectureReader(NodeReader reader) {
        this.reader = reader;
    }

    static ArchitectureConfig read(YamlNode node, NodeReader reader) throws ConfigException {
        return new ArchitectureReader(reader).architecture(node);
    }

    private ArchitectureConfig architecture(YamlNode node) throws ConfigException {
        YamlNode.Mapping section = reader.mapping(node, SECTION, KEYS);
        List<Layer> layers = layers(items(section, LAYERS, "a list of layers"));
        List<ForbiddenDependency> forbidden = new ArrayList<>();
        for (YamlNode item : items(section, FORBIDDEN, "a list of forbidden dependencies")) {
            forbidden.add(forbidden(item, SECTION + "." + FORBIDDEN + "[" + forbidden.size() + "]"));
        }
        return new ArchitectureConfig(layers, forbidden);
    }

    private List<Layer> layers(List<YamlNode> items) throws ConfigException {
        Map<String, YamlNode.Scalar> names = new LinkedHashMap<>();
        List<LayerReferences> layers = new ArrayList<>();
        for (YamlNode item : items) {
            LayerReferences layer = layer(item, SECTION + "." + LAYERS + "[" + layers.size() + "]");
            YamlNode.Scalar first = names.putIfAbsent(layer.layer().name(), layer.name());
            if (first != null) {
                throw reader.error(layer.name().position(), "duplicate layer name '" + layer.layer().name()
                        + "' (first at " + first.position() + ")");
            }
            layers.add(layer);
        }
        for (LayerReferences layer : layers) {
            checkReferences(layer, names.keySet());
        }
        return layers.stream().map(LayerReferences::layer).toList();
    }

    /** A layer as read, with the name and the layer names its constraints use, for later checks. */
    private record LayerReferences(Layer layer, YamlNode.Scalar name, Map<String, List<YamlNode.Scalar>> references) {
    }

    private LayerReferences layer(YamlNode node, String path) throws ConfigException {
        YamlNode.Mapping mapping = reader.mapping(node, path, LAYER_KEYS);
        YamlNode.Scalar name = reader.string(reader.required(mapping, NAME, path), path + "." + NAME);
        List<String> packages = reader.globs(reader.required(mapping, PACKAGES, path), path + "." + PACKAGES);
        Map<String, List<YamlNode.Scalar>> references = new LinkedHashMap<>();
        List<List<String>> constraints = new ArrayList<>();
        for (String constraint : CONSTRAINTS) {
            YamlNode.Entry entry = mapping.entries().get(constraint);
            List<YamlNode.Scalar> named = entry == null ? null
                    : reader.strings(orEmptyList(entry.value()), path + "." + constraint, "layer names");
            constraints.add(named == null ? null : named.stream().map(YamlNode.Scalar::text).toList());
            references.put(path + "." + constraint, named == null ? List.of() : named);
        }
        Layer layer = new Layer(name.text(), packages, constraints.get(0), constraints.get(1), constraints.get(2),
                constraints.get(3));
        return new LayerReferences(layer, name, references);
    }

    /** {@code mayOnlyBeAccessedBy:} with nothing after it means what {@code []} means: no layer. */
    private static YamlNode orEmptyList(YamlNode value) {
        return value instanceof YamlNode.Scalar scalar && scalar.isNull()
                ? new YamlNode.Sequence(value.position(), List.of()) : value;
    }

    private void checkReferences(LayerReferences layer, Set<String> defined) throws ConfigException {
        for (Map.Entry<String, List<YamlNode.Scalar>> constraint : layer.references().entrySet()) {
            for (YamlNode.Scalar named : constraint.getValue()) {
                if (!defined.contains(named.text())) {
                    throw reader.error(named.position(), constraint.getKey() + " names undefined layer '"
                            + named.text() + "' (defined: " + String.join(", ", defined) + ")"
                            + Suggestions.didYouMean(named.text(), defined));
                }
            }
        }
    }

    private ForbiddenDependency forbidden(YamlNode node, String path) throws ConfigException {
        YamlNode.Mapping mapping = reader.mapping(node, path, FORBIDDEN_KEYS);
        List<String> from = reader.globs(reader.required(mapping, "from", path), path + ".from");
        List<String> to = reader.globs(reader.required(mapping, "to", path), path + ".to");
        YamlNode reason = NodeReader.optional(mapping, "reason").orElse(null);
        return new ForbiddenDependency(from, to, reason == null ? null : reader.string(reason, path + ".reason").text());
    }

    /** The items of the list under {@code key}; none when the key is absent or empty. */
    private List<YamlNode> items(YamlNode.Mapping mapping, String key, String expected) throws ConfigException {
        YamlNode node = NodeReader.optional(mapping, key).orElse(null);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof YamlNode.Sequence sequence)) {
            throw reader.error(node.position(), SECTION + "." + key + " must be " + expected + ", not " + node.kind());
        }
        return sequence.items();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
