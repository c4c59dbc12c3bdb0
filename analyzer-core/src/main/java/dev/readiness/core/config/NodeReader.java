package dev.readiness.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed access to {@link YamlNode}s for one file: every wrong type, unknown key or bad glob becomes a
 * {@link ConfigException} at the node's position. {@code path} names the value in messages, e.g.
 * {@code architecture.layers[0].packages}.
 */
final class NodeReader {

    private final String file;

    NodeReader(String file) {
        this.file = file;
    }

    ConfigException error(Position position, String problem) {
        return new ConfigException(file, position, problem);
    }

    /** A mapping whose keys are all among {@code allowed} (in the order they are documented). */
    YamlNode.Mapping mapping(YamlNode node, String path, List<String> allowed) throws ConfigException {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            throw wrongType(node, path, "a mapping of " + String.join(", ", allowed));
        }
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!allowed.contains(entry.key())) {
                throw error(entry.keyPosition(), "unknown key '" + entry.key() + "' in " + path + " (allowed: "
                        + String.join(", ", allowed) + ")" + Suggestions.didYouMean(entry.key(), allowed));
            }
        }
        return mapping;
    }

    /** The value of {@code key}, empty when the key is absent or its value is null. */
    static Optional<YamlNode> optional(YamlNode.Mapping mapping, String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        if (entry == null || entry.value() instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    YamlNode required(YamlNode.Mapping mapping, String key, String path) throws ConfigException {
        Optional<YamlNode> value = optional(mapping, key);
        if (value.isPresent()) {
            return value.get();
        }
        YamlNode.Entry entry = mapping.entries().get(key);
        Position where = entry == null ? mapping.position() : entry.value().position();
        throw error(where, path + (entry == null ? " has no '" + key + "'" : "." + key + " is empty") + ": it is required");
    }

    /** A non-blank string. */
    YamlNode.Scalar string(YamlNode node, String path) throws ConfigException {
        if (!(node instanceof YamlNode.Scalar scalar) || scalar.type() != YamlNode.ScalarType.STRING) {
            throw wrongType(node, path, "a string");
        }
        if (scalar.text().isBlank()) {
            throw error(node.position(), path + " must not be blank");
        }
        return scalar;
    }

    /** A list of strings (a single string counts as a list of one), each with its position. */
    List<YamlNode.Scalar> strings(YamlNode node, String path, String what) throws ConfigException {
        if (node instanceof YamlNode.Scalar scalar && scalar.type() == YamlNode.ScalarType.STRING) {
            return List.of(string(scalar, path));
        }
        if (!(node instanceof YamlNode.Sequence sequence)) {
            throw wrongType(node, path, "a list of " + what);
        }
        List<YamlNode.Scalar> strings = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            strings.add(string(sequence.items().get(i), path + "[" + i + "]"));
        }
        return strings;
    }

    /** At least one package glob, each valid in ArchUnit's syntax. */
    List<String> globs(YamlNode node, String path) throws ConfigException {
        List<YamlNode.Scalar> globs = strings(node, path, "package globs");
        if (globs.isEmpty()) {
            throw error(node.position(), path + " must list at least one package glob");
        }
        List<String> texts = new ArrayList<>();
        for (YamlNode.Scalar glob : globs) {
            Optional<String> problem = PackageGlobs.problem(glob.text());
            if (problem.isPresent()) {
                throw error(glob.position(), "malformed package glob '" + glob.text() + "' in " + path + ": "
                        + problem.get());
            }
            texts.add(glob.text());
        }
        return texts;
    }

    /** A finite number (YAML int or float). */
    double number(YamlNode node, String path) throws ConfigException {
        if (!(node instanceof YamlNode.Scalar scalar) || scalar.type() != YamlNode.ScalarType.NUMBER) {
            throw wrongType(node, path, "a number");
        }
        try {
            double value = Double.parseDouble(scalar.text().replace("_", ""));
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below: YAML numbers such as 0x1F or .inf are not plain decimal numbers
        }
        throw error(node.position(), path + " must be a plain decimal number, not '" + scalar.text() + "'");
    }

    /** {@code true} or {@code false}. */
    boolean bool(YamlNode node, String path) throws ConfigException {
        if (!(node instanceof YamlNode.Scalar scalar) || scalar.type() != YamlNode.ScalarType.BOOLEAN) {
            throw wrongType(node, path, "true or false");
        }
        // YAML 1.1 also spells true as yes, on or y
        return java.util.Set.of("true", "yes", "on", "y").contains(scalar.text().strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** A mapping whose keys are free (rule ids, categories): only its type is checked. */
    YamlNode.Mapping anyMapping(YamlNode node, String path, String expected) throws ConfigException {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            throw wrongType(node, path, expected);
        }
        return mapping;
    }

    private ConfigException wrongType(YamlNode node, String path, String expected) {
        return error(node.position(), path + " must be " + expected + ", not " + node.kind());
    }
}
